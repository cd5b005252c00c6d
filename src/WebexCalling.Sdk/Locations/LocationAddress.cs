using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Locations;

/// <summary>The postal address of a location.</summary>
public sealed record LocationAddress
{
    /// <summary>Address line 1.</summary>
    public string? Address1 { get; init; }

    /// <summary>
    /// Address line 2. Always sent, null included: on an update, null removes a second line the location had
    /// (wxc_sdk's update clears an empty <c>address2</c> the same way).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Address2 { get; init; }

    /// <summary>City.</summary>
    public string? City { get; init; }

    /// <summary>State or province code, e.g. <c>CA</c>.</summary>
    public string? State { get; init; }

    /// <summary>Postal code.</summary>
    public string? PostalCode { get; init; }

    /// <summary>ISO-3166 two-letter country code.</summary>
    public string? Country { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
