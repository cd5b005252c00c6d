using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.People;

/// <summary>A person's postal address.</summary>
public sealed record PersonAddress
{
    /// <summary>The kind of address, e.g. <c>work</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Country.</summary>
    public string? Country { get; init; }

    /// <summary>Locality, often the city.</summary>
    public string? Locality { get; init; }

    /// <summary>Region, often the state.</summary>
    public string? Region { get; init; }

    /// <summary>Street.</summary>
    public string? StreetAddress { get; init; }

    /// <summary>Postal or ZIP code.</summary>
    public string? PostalCode { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
