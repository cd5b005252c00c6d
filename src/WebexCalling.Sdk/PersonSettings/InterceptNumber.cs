using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A number announced to callers of an intercepted entity.</summary>
public sealed record InterceptNumber
{
    /// <summary>True when the caller hears this number.</summary>
    public bool? Enabled { get; init; }

    /// <summary>The number announced.</summary>
    public string? Destination { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
