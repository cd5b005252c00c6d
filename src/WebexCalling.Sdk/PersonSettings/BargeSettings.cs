using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>An entity's barge-in settings.</summary>
public sealed record BargeSettings
{
    /// <summary>True when barge-in is on.</summary>
    public bool? Enabled { get; init; }

    /// <summary>True to play a stutter dial tone when someone barges in.</summary>
    public bool? ToneEnabled { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
