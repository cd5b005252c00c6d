using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>How a call queue treats calls outside its business hours.</summary>
public sealed record NightService
{
    /// <summary>Whether the night service is on.</summary>
    public bool? NightServiceEnabled { get; init; }

    /// <summary>What happens to calls.</summary>
    public CPActionType? Action { get; init; }

    /// <summary>Where calls go when the action is <c>TRANSFER</c>; may be an extension.</summary>
    public string? TransferPhoneNumber { get; init; }

    /// <summary>Whether an announcement plays before the action.</summary>
    public bool? PlayAnnouncementBeforeEnabled { get; init; }

    /// <summary>Which of the two announcements plays.</summary>
    public AnnouncementMode? AnnouncementMode { get; init; }

    /// <summary>Default or custom announcement, in <c>NORMAL</c> mode.</summary>
    public Greeting? AudioMessageSelection { get; init; }

    /// <summary>The announcement files, when <see cref="AudioMessageSelection"/> is <c>CUSTOM</c>.</summary>
    public IReadOnlyList<AnnAudioFile>? AudioFiles { get; init; }

    /// <summary>The business hours schedule; one of <see cref="BusinessHourSchedules"/>.</summary>
    public string? BusinessHoursName { get; init; }

    /// <summary>Whether the schedule is a location or organization schedule.</summary>
    public ScheduleLevel? BusinessHoursLevel { get; init; }

    /// <summary>The business hours schedules to choose from (read-only).</summary>
    public IReadOnlyList<CQHolidaySchedule>? BusinessHourSchedules { get; init; }

    /// <summary>Whether the night service applies regardless of the schedule.</summary>
    public bool? ForceNightServiceEnabled { get; init; }

    /// <summary>Default or custom announcement, in <c>MANUAL</c> mode.</summary>
    public Greeting? ManualAudioMessageSelection { get; init; }

    /// <summary>The announcement files in <c>MANUAL</c> mode.</summary>
    public IReadOnlyList<AnnAudioFile>? ManualAudioFiles { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>The update body: without the read-only schedule list and file fields.</summary>
    internal NightService ForUpdate() => this with
    {
        BusinessHourSchedules = null,
        AudioFiles = AnnAudioFile.ForUpdate(AudioFiles),
        ManualAudioFiles = AnnAudioFile.ForUpdate(ManualAudioFiles),
    };
}
