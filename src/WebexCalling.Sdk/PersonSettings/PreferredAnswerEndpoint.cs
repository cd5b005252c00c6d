using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>An endpoint a person can choose to answer calls on.</summary>
public sealed record PreferredAnswerEndpoint
{
    /// <summary>The endpoint id.</summary>
    public string? Id { get; init; }

    /// <summary>Device or application.</summary>
    public PreferredAnswerEndpointType? Type { get; init; }

    /// <summary>The endpoint name.</summary>
    public string? Name { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
