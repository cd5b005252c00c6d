using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>How a call queue treats calls during holidays.</summary>
public sealed record HolidayService
{
    /// <summary>Whether the holiday service is on.</summary>
    public bool? HolidayServiceEnabled { get; init; }

    /// <summary>What happens to calls.</summary>
    public CPActionType? Action { get; init; }

    /// <summary>Whether <see cref="HolidayScheduleName"/> is a location or organization schedule.</summary>
    public ScheduleLevel? HolidayScheduleLevel { get; init; }

    /// <summary>The holiday schedule; one of <see cref="HolidaySchedules"/>.</summary>
    public string? HolidayScheduleName { get; init; }

    /// <summary>Where calls go when the action is <c>TRANSFER</c>; may be an extension.</summary>
    public string? TransferPhoneNumber { get; init; }

    /// <summary>Whether an announcement plays before the action.</summary>
    public bool? PlayAnnouncementBeforeEnabled { get; init; }

    /// <summary>Default or custom announcement.</summary>
    public Greeting? AudioMessageSelection { get; init; }

    /// <summary>The announcement files, when <see cref="AudioMessageSelection"/> is <c>CUSTOM</c>.</summary>
    public IReadOnlyList<AnnAudioFile>? AudioFiles { get; init; }

    /// <summary>The holiday schedules to choose from (read-only).</summary>
    public IReadOnlyList<CQHolidaySchedule>? HolidaySchedules { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>The update body: without the read-only schedule list and file fields.</summary>
    internal HolidayService ForUpdate() => this with { HolidaySchedules = null, AudioFiles = AnnAudioFile.ForUpdate(AudioFiles) };
}
