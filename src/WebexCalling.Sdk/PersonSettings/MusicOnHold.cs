using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>An entity's music on hold settings.</summary>
public sealed record MusicOnHold
{
    /// <summary>True when music on hold is on for the entity.</summary>
    public bool? MohEnabled { get; init; }

    /// <summary>True when music on hold is on for the location; read-only.</summary>
    public bool? MohLocationEnabled { get; init; }

    /// <summary>Default or custom music.</summary>
    public Greeting? Greeting { get; init; }

    /// <summary>The custom file, for <c>CUSTOM</c>.</summary>
    public AnnouncementAudioFile? AudioAnnouncementFile { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
