using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Common;

/// <summary>A phone number and extension of a person, workspace or virtual line.</summary>
public sealed record UserNumber
{
    /// <summary>The phone number.</summary>
    public string? External { get; init; }

    /// <summary>The extension.</summary>
    public string? Extension { get; init; }

    /// <summary>The location's routing prefix.</summary>
    public string? RoutingPrefix { get; init; }

    /// <summary>Routing prefix plus extension.</summary>
    public string? Esn { get; init; }

    /// <summary>Whether this is the primary number.</summary>
    public bool? Primary { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
