using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>An entity's call recording settings.</summary>
public sealed record CallRecordingSetting
{
    /// <summary>True when call recording is on.</summary>
    public bool? Enabled { get; init; }

    /// <summary>When calls are recorded.</summary>
    public CallRecordingRecord? Record { get; init; }

    /// <summary>True to record voicemail messages too.</summary>
    public bool? RecordVoicemailEnabled { get; init; }

    /// <summary>True to announce when recording starts and ends.</summary>
    public bool? StartStopAnnouncementEnabled { get; init; }

    /// <summary>Pause/resume notification.</summary>
    public CallRecordingNotification? Notification { get; init; }

    /// <summary>Periodic beep.</summary>
    public CallRecordingRepeat? Repeat { get; init; }

    /// <summary>The recording service provider; read-only.</summary>
    public string? ServiceProvider { get; init; }

    /// <summary>The provider's group; read-only.</summary>
    public string? ExternalGroup { get; init; }

    /// <summary>The provider's identifier of the entity; read-only.</summary>
    public string? ExternalIdentifier { get; init; }

    /// <summary>Start/stop announcements per call type.</summary>
    public StartStopAnnouncement? StartStopAnnouncement { get; init; }

    /// <summary>Access to recordings.</summary>
    public CallRecordingAccessSettings? CallRecordingAccessSettings { get; init; }

    /// <summary>Summaries and transcripts.</summary>
    public PostCallRecordingSettings? PostCallRecordingSettings { get; init; }

    /// <summary>Announcement settings.</summary>
    public CallRecordingAnnouncements? Announcements { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
