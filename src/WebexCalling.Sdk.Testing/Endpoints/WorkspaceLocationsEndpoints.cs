using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// The legacy workspace locations (<c>/v1/workspaceLocations</c>) and their floors. As in Webex, a workspace location
/// is a view of a location of <c>/v1/locations</c>: its own id (kind <c>WORKSPACE_LOCATION</c>, the location's uuid),
/// <c>locationId</c> the location's id, <c>displayName</c> its name, <c>address</c> its first address line,
/// <c>cityName</c>, <c>countryCode</c>, <c>latitude</c>, <c>longitude</c> (numbers here, strings there) and
/// <c>notes</c>. Creating one creates a location, its floors are the location's floors, and deleting one deletes the
/// location (409 while people, Webex Calling workspaces or virtual lines are in it); its other workspaces keep no location.
/// </summary>
internal static class WorkspaceLocationsEndpoints
{
    public const string Kind = "WORKSPACE_LOCATION";
    private const string Root = "/workspaceLocations";
    private static readonly string[] Required = ["displayName", "address", "countryCode"];
    private static readonly string[] Coordinates = ["latitude", "longitude"];

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapGet(Root, (HttpContext context) => List(context, state));
        app.MapPost(Root, (Func<HttpContext, Task<IResult>>)(context => WithBodyAsync(context, state, body => Create(context, state, body))));
        app.MapGet(Root + "/{locationId}", (HttpContext context, string locationId) => Locked(context, state, () =>
            Find(context, state, locationId, out var error) is { } l ? SimResults.Json(ToJson(l)) : error!));
        app.MapPut(Root + "/{locationId}", (HttpContext context, string locationId) => WithBodyAsync(context, state, body =>
        {
            if (Find(context, state, locationId, out var error) is not { } location) return error!;
            if (Validate(context, state, body, location) is { } invalid) return invalid;
            Apply(location, body, replace: true);
            return SimResults.Json(ToJson(location));
        }));
        app.MapDelete(Root + "/{locationId}", (HttpContext context, string locationId) => Locked(context, state, () => Delete(context, state, locationId)));

        string floors = Root + "/{locationId}/floors";
        app.MapGet(floors, (HttpContext context, string locationId) => Locked(context, state, () =>
            Find(context, state, locationId, out var error) is { } l
                ? Paging.Page(context, state, l.Floors.Values.ToList(), f => FloorJson(f)) : error!));
        app.MapPost(floors, (HttpContext context, string locationId) => WithBodyAsync(context, state, body =>
        {
            if (Find(context, state, locationId, out var error) is not { } location) return error!;
            if (JsonBody.Int(body, "floorNumber") is not { } number) return SimResults.BadRequest(context, "Missing required field(s): floorNumber.");
            var floor = new FloorRecord(state.NewGuid(), location) { FloorNumber = number, DisplayName = JsonBody.String(body, "displayName") };
            location.Floors.Add(floor.Uuid, floor);
            return SimResults.Json(FloorJson(floor), StatusCodes.Status201Created);
        }));
        app.MapGet(floors + "/{floorId}", (HttpContext context, string locationId, string floorId) => Locked(context, state, () =>
            FindFloor(context, state, locationId, floorId, out var error) is { } f ? SimResults.Json(FloorJson(f)) : error!));
        app.MapPut(floors + "/{floorId}", (HttpContext context, string locationId, string floorId) => WithBodyAsync(context, state, body =>
        {
            if (FindFloor(context, state, locationId, floorId, out var error) is not { } floor) return error!;
            if (JsonBody.Int(body, "floorNumber") is not { } number) return SimResults.BadRequest(context, "Missing required field(s): floorNumber.");
            floor.FloorNumber = number;
            // the reference: an update without the display name removes it
            floor.DisplayName = JsonBody.String(body, "displayName");
            return SimResults.Json(FloorJson(floor));
        }));
        app.MapDelete(floors + "/{floorId}", (HttpContext context, string locationId, string floorId) => Locked(context, state, () =>
        {
            if (FindFloor(context, state, locationId, floorId, out var error) is not { } floor) return error!;
            floor.Location.Floors.Remove(floor.Uuid);
            foreach (var w in state.Area<OwnerEntities>().Workspaces.Values.Where(w => JsonBody.String(w.Body, "floorId") == floor.Id))
                w.Body.Remove("floorId");
            return SimResults.NoContent();
        }));
    }

    private static IResult Locked(HttpContext context, SimulatorState state, Func<IResult> op)
    {
        lock (state.Sync) return LocationsEndpoints.CheckOrg(context, state) ?? op();
    }

    private static async Task<IResult> WithBodyAsync(HttpContext context, SimulatorState state, Func<JsonObject, IResult> op)
    {
        var (body, error) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null) return error!;
        return Locked(context, state, () => op(body));
    }

    /// <summary>The location of a workspace location id (or of a /locations id, which Webex accepts too).</summary>
    private static LocationRecord? Find(HttpContext context, SimulatorState state, string id, out IResult? error)
    {
        error = null;
        if (!WebexIds.TryDecode(id, Kind, out _) && !WebexIds.TryDecode(id, WebexIds.Location, out _))
        {
            error = SimResults.BadRequest(context, $"Invalid workspace location id: '{id}'.");
            return null;
        }
        var location = WorkspacesEndpoints.FindLocation(state, id);
        if (location is null) error = SimResults.NotFound(context, "Workspace location not found.");
        return location;
    }

    private static FloorRecord? FindFloor(HttpContext context, SimulatorState state, string locationId, string floorId, out IResult? error)
    {
        if (Find(context, state, locationId, out error) is not { } location) return null;
        if (WebexIds.TryDecode(floorId, WebexIds.Floor, out var uuid) && location.Floors.TryGetValue(uuid, out var floor)) return floor;
        error = SimResults.NotFound(context, "Floor not found.");
        return null;
    }

    private static JsonObject ToJson(LocationRecord l)
    {
        var json = new JsonObject
        {
            ["id"] = WorkspacesEndpoints.WorkspaceLocationId(l),
            ["locationId"] = l.Id,
            ["displayName"] = l.Name,
        };
        JsonBody.Put(json, "address", l.Address1);
        JsonBody.Put(json, "countryCode", l.Country);
        JsonBody.Put(json, "cityName", l.City);
        if (Number(l.Latitude) is { } latitude) json["latitude"] = latitude;
        if (Number(l.Longitude) is { } longitude) json["longitude"] = longitude;
        JsonBody.Put(json, "notes", l.Notes);
        return json;
    }

    private static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : null;

    private static JsonObject FloorJson(FloorRecord f)
    {
        var json = new JsonObject
        {
            ["id"] = f.Id,
            ["locationId"] = WorkspacesEndpoints.WorkspaceLocationId(f.Location),
            ["floorNumber"] = f.FloorNumber,
        };
        JsonBody.Put(json, "displayName", f.DisplayName);
        return json;
    }

    private static IResult List(HttpContext context, SimulatorState state)
    {
        var query = context.Request.Query;
        lock (state.Sync)
        {
            if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
            IEnumerable<LocationRecord> found = state.Locations.Values;
            if (query["displayName"].ToString() is { Length: > 0 } name)
                found = found.Where(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase));
            if (query["address"].ToString() is { Length: > 0 } address)
                found = found.Where(l => string.Equals(l.Address1, address, StringComparison.OrdinalIgnoreCase));
            if (query["countryCode"].ToString() is { Length: > 0 } country)
                found = found.Where(l => string.Equals(l.Country, country, StringComparison.OrdinalIgnoreCase));
            if (query["cityName"].ToString() is { Length: > 0 } city)
                found = found.Where(l => string.Equals(l.City, city, StringComparison.OrdinalIgnoreCase));
            return Paging.Page(context, state, found.ToList(), ToJson);
        }
    }

    private static IResult? Validate(HttpContext context, SimulatorState state, JsonObject body, LocationRecord? self)
    {
        var missing = Required.Where(f => string.IsNullOrWhiteSpace(JsonBody.String(body, f))).ToList();
        if (self is null) missing.AddRange(Coordinates.Where(f => !body.ContainsKey(f)));
        if (missing.Count > 0) return SimResults.BadRequest(context, "Missing required field(s): " + string.Join(", ", missing) + ".");
        foreach (string field in Coordinates)
            if (body.ContainsKey(field) && Number(JsonBody.String(body, field)) is null)
                return SimResults.BadRequest(context, $"Invalid value for field '{field}'.");
        string name = JsonBody.String(body, "displayName")!;
        if (state.Locations.Values.Any(l => l != self && string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase)))
            return SimResults.Conflict(context, $"Location name '{name}' already exists.");
        return null;
    }

    private static IResult Create(HttpContext context, SimulatorState state, JsonObject body)
    {
        if (Validate(context, state, body, null) is { } invalid) return invalid;
        var location = new LocationRecord(state.NewGuid());
        Apply(location, body, replace: false);
        state.Locations.Add(location.Uuid, location);
        return SimResults.Json(ToJson(location), StatusCodes.Status201Created);
    }

    /// <summary>Writes the workspace location fields to the location; an update replaces city and notes (absent: cleared).</summary>
    private static void Apply(LocationRecord location, JsonObject body, bool replace)
    {
        location.Name = JsonBody.String(body, "displayName")!;
        location.Address1 = JsonBody.String(body, "address");
        location.Country = JsonBody.String(body, "countryCode");
        if (replace || body.ContainsKey("cityName")) location.City = JsonBody.String(body, "cityName");
        if (body.ContainsKey("latitude")) location.Latitude = JsonBody.String(body, "latitude");
        if (body.ContainsKey("longitude")) location.Longitude = JsonBody.String(body, "longitude");
        if (replace || body.ContainsKey("notes")) location.Notes = JsonBody.String(body, "notes");
    }

    private static IResult Delete(HttpContext context, SimulatorState state, string id)
    {
        if (Find(context, state, id, out var error) is not { } location) return error!;
        var owners = state.Area<OwnerEntities>();
        if (state.People.Values.Any(p => p.Location == location) || owners.VirtualLines.Values.Any(v => v.Location == location)
            || owners.Workspaces.Values.Any(w => w.WebexCalling && w.Location == location))
            return SimResults.Conflict(context, "The location still has users, Webex Calling workspaces or virtual lines.");
        state.Locations.Remove(location.Uuid);
        LocationsEndpoints.RemoveFeatures(state, location);
        foreach (var w in owners.Workspaces.Values.Where(w => w.Location == location))
        {
            w.Location = null;
            w.Body.Remove("floorId");
        }
        return SimResults.NoContent();
    }
}
