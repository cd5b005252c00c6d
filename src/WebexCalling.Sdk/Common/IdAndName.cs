using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Common;

/// <summary>An id with its name, e.g. of a location or department.</summary>
public sealed record IdAndName
{
    /// <summary>The id.</summary>
    public string? Id { get; init; }

    /// <summary>The name.</summary>
    public string? Name { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
