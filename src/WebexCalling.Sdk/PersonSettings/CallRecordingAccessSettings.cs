using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>What the entity may do with its call recordings.</summary>
public sealed record CallRecordingAccessSettings
{
    /// <summary>True when recordings can be viewed and played.</summary>
    public bool? ViewAndPlayRecordingsEnabled { get; init; }

    /// <summary>True when recordings can be downloaded.</summary>
    public bool? DownloadRecordingsEnabled { get; init; }

    /// <summary>True when recordings can be deleted.</summary>
    public bool? DeleteRecordingsEnabled { get; init; }

    /// <summary>True when recordings can be shared.</summary>
    public bool? ShareRecordingsEnabled { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
