using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>One call recording announcement (start, stop, pause, ...).</summary>
public sealed record CallRecordingAnnouncement
{
    /// <summary>Default or custom announcement.</summary>
    public Greeting? Type { get; init; }

    /// <summary>The custom announcement file, as read; an update sends only its id.</summary>
    public AnnouncementAudioFile? AudioAnnouncementFile { get; init; }

    /// <summary>The custom announcement file's id, as an update sends it.</summary>
    public string? AudioAnnouncementFileId { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
