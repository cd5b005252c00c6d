using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A person's call captions and transcripts settings.</summary>
public sealed record UserCallCaptions
{
    /// <summary>True when closed captions are on for the person.</summary>
    public bool? UserClosedCaptionsEnabled { get; init; }

    /// <summary>True when transcripts are on for the person.</summary>
    public bool? UserTranscriptsEnabled { get; init; }

    /// <summary>The location's closed captions setting (read-only).</summary>
    public bool? LocationClosedCaptionsEnabled { get; init; }

    /// <summary>The location's transcripts setting (read-only).</summary>
    public bool? LocationTranscriptsEnabled { get; init; }

    /// <summary>True when the person follows the location's settings.</summary>
    public bool? UseLocationSettingsEnabled { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
