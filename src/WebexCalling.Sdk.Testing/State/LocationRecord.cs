using System.Text.Json.Nodes;
using WebexCalling.Sdk.Testing.Infrastructure;

namespace WebexCalling.Sdk.Testing.State;

/// <summary>A location (the common attributes of /v1/locations) with its floors.</summary>
internal sealed class LocationRecord(Guid uuid)
{
    public Guid Uuid { get; } = uuid;

    public string Id { get; } = WebexIds.Encode(WebexIds.Location, uuid);

    public string Name { get; set; } = "";

    public string? TimeZone { get; set; }

    public string? PreferredLanguage { get; set; }

    public string? AnnouncementLanguage { get; set; }

    public string? Address1 { get; set; }

    public string? Address2 { get; set; }

    public string? City { get; set; }

    public string? State { get; set; }

    public string? PostalCode { get; set; }

    public string? Country { get; set; }

    public string? Latitude { get; set; }

    public string? Longitude { get; set; }

    public string? Notes { get; set; }

    /// <summary>
    /// The location's main number (Webex Calling), or null. Demo locations have <c>+1{area code}555{n}00</c>, n the
    /// location's 1-based position; their people have n01 to n08 and the unassigned numbers n50 to n69.
    /// </summary>
    public string? MainNumber { get; set; }

    public OrderedDictionary<Guid, FloorRecord> Floors { get; } = [];

    /// <summary>The answer of GET /v1/locations/{id} (the official shape: no announcementLanguage there).</summary>
    public JsonObject ToJson(string orgId)
    {
        var address = new JsonObject();
        JsonBody.Put(address, "address1", Address1);
        JsonBody.Put(address, "address2", Address2);
        JsonBody.Put(address, "city", City);
        JsonBody.Put(address, "state", State);
        JsonBody.Put(address, "postalCode", PostalCode);
        JsonBody.Put(address, "country", Country);
        var json = new JsonObject { ["id"] = Id, ["name"] = Name, ["orgId"] = orgId };
        JsonBody.Put(json, "timeZone", TimeZone);
        JsonBody.Put(json, "preferredLanguage", PreferredLanguage);
        json["address"] = address;
        JsonBody.Put(json, "latitude", Latitude);
        JsonBody.Put(json, "longitude", Longitude);
        JsonBody.Put(json, "notes", Notes);
        return json;
    }
}

/// <summary>A floor of a location.</summary>
internal sealed class FloorRecord(Guid uuid, LocationRecord location)
{
    public Guid Uuid { get; } = uuid;

    public string Id { get; } = WebexIds.Encode(WebexIds.Floor, uuid);

    public LocationRecord Location { get; } = location;

    public int FloorNumber { get; set; }

    public string? DisplayName { get; set; }

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["id"] = Id, ["locationId"] = Location.Id, ["floorNumber"] = FloorNumber };
        JsonBody.Put(json, "displayName", DisplayName);
        return json;
    }
}
