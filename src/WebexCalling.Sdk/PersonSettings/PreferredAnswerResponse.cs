using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A person's preferred answer endpoint and the endpoints to choose from.</summary>
public sealed record PreferredAnswerResponse
{
    /// <summary>The preferred endpoint, or null when none is chosen.</summary>
    public string? PreferredAnswerEndpointId { get; init; }

    /// <summary>The endpoints available.</summary>
    public IReadOnlyList<PreferredAnswerEndpoint>? Endpoints { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
