using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A phone number of a person.</summary>
public sealed record PersonPhoneNumber
{
    /// <summary>True for the primary number.</summary>
    public bool? Primary { get; init; }

    /// <summary>The number.</summary>
    public string? DirectNumber { get; init; }

    /// <summary>The extension.</summary>
    public string? Extension { get; init; }

    /// <summary>Routing prefix of the location.</summary>
    public string? RoutingPrefix { get; init; }

    /// <summary>Routing prefix plus extension.</summary>
    public string? Esn { get; init; }

    /// <summary>The ring pattern of calls to this number.</summary>
    public RingPattern? RingPattern { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
