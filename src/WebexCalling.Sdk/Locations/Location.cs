using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Locations;

/// <summary>A location of the organisation: where people, workspaces and calling features live.</summary>
public sealed record Location
{
    /// <summary>The location's id.</summary>
    [JsonPropertyName("id")] // wxc_sdk: location_id
    public string? LocationId { get; init; }

    /// <summary>The location's name (at most 80 characters for a location enabled for Webex Calling).</summary>
    public string? Name { get; init; }

    /// <summary>The id of the organisation the location belongs to.</summary>
    public string? OrgId { get; init; }

    /// <summary>The postal address.</summary>
    public LocationAddress? Address { get; init; }

    /// <summary>Time zone, e.g. <c>America/Chicago</c>.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Default email language, e.g. <c>en_us</c>.</summary>
    public string? PreferredLanguage { get; init; }

    /// <summary>Language of phone announcements, e.g. <c>fr_fr</c>; required to enable the location for calling.</summary>
    public string? AnnouncementLanguage { get; init; }

    /// <summary>Latitude. Webex sends and expects it as a string (<c>"12.935784"</c>); it is read from either form.</summary>
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public double? Latitude { get; init; }

    /// <summary>Longitude, as a string on the wire like <see cref="Latitude"/>.</summary>
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public double? Longitude { get; init; }

    /// <summary>Free-text notes.</summary>
    public string? Notes { get; init; }

    /// <summary>The location id in UUID form, as Control Hub shows it; null when there is no id.</summary>
    [JsonIgnore]
    public string? LocationIdUuid => WebexId.ToUuid(LocationId);

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
