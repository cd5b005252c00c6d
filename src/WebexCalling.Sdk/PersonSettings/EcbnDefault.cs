using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>The number presented when no other option applies.</summary>
public sealed record EcbnDefault
{
    /// <summary>The number.</summary>
    public string? EffectiveValue { get; init; }

    /// <summary>Whether the number suits.</summary>
    public EcbnQuality? Quality { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
