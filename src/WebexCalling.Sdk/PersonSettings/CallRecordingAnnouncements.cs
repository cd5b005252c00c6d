using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>The call recording announcements of an entity.</summary>
public sealed record CallRecordingAnnouncements
{
    /// <summary>When recording starts.</summary>
    public CallRecordingAnnouncement? Start { get; init; }

    /// <summary>When recording stops.</summary>
    public CallRecordingAnnouncement? Stop { get; init; }

    /// <summary>When recording pauses.</summary>
    public CallRecordingAnnouncement? Pause { get; init; }

    /// <summary>When recording resumes.</summary>
    public CallRecordingAnnouncement? Resume { get; init; }

    /// <summary>When recording fails and the call ends.</summary>
    public CallRecordingAnnouncement? FailureEndWithCall { get; init; }

    /// <summary>When recording fails and the call goes on.</summary>
    public CallRecordingAnnouncement? FailureProceedWithCall { get; init; }

    /// <summary>True to use the location's announcements.</summary>
    public bool? UseLocationLevelEnabled { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
