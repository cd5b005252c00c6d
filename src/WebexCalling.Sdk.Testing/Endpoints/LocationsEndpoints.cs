using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// /v1/locations and /v1/locations/{locationId}/floors, shaped as the April 2025 Webex Calling reference
/// (DELETE of a location is newer than that reference; it answers 204, or 409 while people are still there).
/// </summary>
internal static class LocationsEndpoints
{
    private static readonly string[] RequiredFields = ["name", "timeZone", "preferredLanguage", "announcementLanguage"];
    private static readonly string[] RequiredAddressFields = ["address1", "city", "postalCode", "country"];

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapGet("/locations", (HttpContext context) => List(context, state));
        app.MapPost("/locations", (Func<HttpContext, Task<IResult>>)(context => CreateAsync(context, state)));
        app.MapGet("/locations/{locationId}", (HttpContext context, string locationId) => Details(context, state, locationId));
        app.MapPut("/locations/{locationId}", (HttpContext context, string locationId) => UpdateAsync(context, state, locationId));
        app.MapDelete("/locations/{locationId}", (HttpContext context, string locationId) => Delete(context, state, locationId));

        app.MapGet("/locations/{locationId}/floors", (HttpContext context, string locationId) => ListFloors(context, state, locationId));
        app.MapPost("/locations/{locationId}/floors", (HttpContext context, string locationId) => CreateFloorAsync(context, state, locationId));
        app.MapGet("/locations/{locationId}/floors/{floorId}",
            (HttpContext context, string locationId, string floorId) => FloorDetails(context, state, locationId, floorId));
        app.MapPut("/locations/{locationId}/floors/{floorId}",
            (HttpContext context, string locationId, string floorId) => UpdateFloorAsync(context, state, locationId, floorId));
        app.MapDelete("/locations/{locationId}/floors/{floorId}",
            (HttpContext context, string locationId, string floorId) => DeleteFloor(context, state, locationId, floorId));
    }

    /// <summary>
    /// Finds the location of a path id: 400 for a malformed id (not a base64 LOCATION id), 404 for an unknown one.
    /// Other areas use it for their own location-scoped paths. Call under the state lock.
    /// </summary>
    public static LocationRecord? Resolve(HttpContext context, SimulatorState state, string locationId, out IResult? error)
    {
        error = null;
        if (!WebexIds.TryDecode(locationId, WebexIds.Location, out var uuid))
        {
            error = SimResults.BadRequest(context, $"Invalid location id: '{locationId}'.");
            return null;
        }
        if (state.Locations.TryGetValue(uuid, out var location)) return location;
        error = SimResults.NotFound(context, "Location not found.");
        return null;
    }

    /// <summary>
    /// <see cref="Resolve"/> for paths that also take <c>orgId</c>: a 404 first when the caller names another
    /// organisation (<see cref="CheckOrg"/>). Call under the state lock.
    /// </summary>
    public static LocationRecord? ResolveInOrg(HttpContext context, SimulatorState state, string locationId, out IResult? error)
    {
        error = CheckOrg(context, state);
        return error is null ? Resolve(context, state, locationId, out error) : null;
    }

    /// <summary>A 404 when the caller names an organisation other than the simulator's.</summary>
    public static IResult? CheckOrg(HttpContext context, SimulatorState state)
    {
        string? orgId = context.Request.Query["orgId"];
        return orgId is null || orgId == state.OrgId ? null : SimResults.NotFound(context, "Organization not found.");
    }

    private static IResult List(HttpContext context, SimulatorState state)
    {
        var query = context.Request.Query;
        string? name = query["name"];
        string? id = query["id"];
        string? orgId = query["orgId"];
        lock (state.Sync)
        {
            IEnumerable<LocationRecord> found = orgId is not null && orgId != state.OrgId ? [] : state.Locations.Values;
            if (name is not null) found = found.Where(l => l.Name.Contains(name, StringComparison.OrdinalIgnoreCase));
            if (id is not null)
            {
                var ids = id.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (Array.Exists(ids, i => !WebexIds.TryDecode(i, WebexIds.Location, out _)))
                    return SimResults.BadRequest(context, $"Invalid location id: '{id}'.");
                found = found.Where(l => ids.Any(i => WebexIds.TryDecode(i, WebexIds.Location, out var u) && u == l.Uuid));
            }
            return Paging.Page(context, state, found.ToList(), l => l.ToJson(state.OrgId));
        }
    }

    private static IResult Details(HttpContext context, SimulatorState state, string locationId)
    {
        lock (state.Sync)
        {
            if (CheckOrg(context, state) is { } orgError) return orgError;
            var location = Resolve(context, state, locationId, out var error);
            return location is null ? error! : SimResults.Json(location.ToJson(state.OrgId));
        }
    }

    private static async Task<IResult> CreateAsync(HttpContext context, SimulatorState state)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null) return bodyError!;
        var missing = RequiredFields
            .Where(f => string.IsNullOrWhiteSpace(JsonBody.String(body, f))).ToList();
        if (body["address"] is not JsonObject address) missing.Add("address");
        else missing.AddRange(RequiredAddressFields
            .Where(f => string.IsNullOrWhiteSpace(JsonBody.String(address, f))).Select(f => "address." + f));
        if (missing.Count > 0)
            return SimResults.BadRequest(context, "Missing required field(s): " + string.Join(", ", missing) + ".");
        string name = JsonBody.String(body, "name")!;
        var location = new LocationRecord(state.NewGuid());
        lock (state.Sync)
        {
            if (CheckOrg(context, state) is { } orgError) return orgError;
            if (state.Locations.Values.Any(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase)))
                return SimResults.Conflict(context, $"Location name '{name}' already exists.");
            location.AnnouncementLanguage = JsonBody.String(body, "announcementLanguage");
            Apply(location, body);
            state.Locations.Add(location.Uuid, location);
        }
        return SimResults.Json(new JsonObject { ["id"] = location.Id }, StatusCodes.Status201Created);
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, SimulatorState state, string locationId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null) return bodyError!;
        lock (state.Sync)
        {
            if (CheckOrg(context, state) is { } orgError) return orgError;
            var location = Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
            string? name = JsonBody.String(body, "name");
            if (body.ContainsKey("name") && string.IsNullOrWhiteSpace(name))
                return SimResults.BadRequest(context, "The location name cannot be empty.");
            if (name is not null && state.Locations.Values.Any(l => l != location && string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase)))
                return SimResults.Conflict(context, $"Location name '{name}' already exists.");
            if (body.ContainsKey("announcementLanguage")) location.AnnouncementLanguage = JsonBody.String(body, "announcementLanguage");
            Apply(location, body);
        }
        return SimResults.NoContent();
    }

    /// <summary>A partial update: fields in the body replace the stored ones; an explicit null clears an optional field.</summary>
    private static void Apply(LocationRecord location, JsonObject body)
    {
        if (JsonBody.String(body, "name") is { } name) location.Name = name;
        if (JsonBody.String(body, "timeZone") is { } timeZone) location.TimeZone = timeZone;
        if (JsonBody.String(body, "preferredLanguage") is { } language) location.PreferredLanguage = language;
        if (body.ContainsKey("latitude")) location.Latitude = JsonBody.String(body, "latitude");
        if (body.ContainsKey("longitude")) location.Longitude = JsonBody.String(body, "longitude");
        if (body.ContainsKey("notes")) location.Notes = JsonBody.String(body, "notes");
        if (body["address"] is JsonObject address)
        {
            if (address.ContainsKey("address1")) location.Address1 = JsonBody.String(address, "address1");
            if (address.ContainsKey("address2")) location.Address2 = JsonBody.String(address, "address2");
            if (address.ContainsKey("city")) location.City = JsonBody.String(address, "city");
            if (address.ContainsKey("state")) location.State = JsonBody.String(address, "state");
            if (address.ContainsKey("postalCode")) location.PostalCode = JsonBody.String(address, "postalCode");
            if (address.ContainsKey("country")) location.Country = JsonBody.String(address, "country");
        }
    }

    private static IResult Delete(HttpContext context, SimulatorState state, string locationId)
    {
        lock (state.Sync)
        {
            if (CheckOrg(context, state) is { } orgError) return orgError;
            var location = Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
            if (state.People.Values.Any(p => p.Location == location))
                return SimResults.Conflict(context, "The location still has users; move or delete them first.");
            state.Locations.Remove(location.Uuid);
            RemoveFeatures(state, location);
        }
        return SimResults.NoContent();
    }

    /// <summary>
    /// What lives in a deleted location goes with it: its generated resources (hunt groups, auto attendants, …) and
    /// settings documents, its call queues, its hand-written features (call parks, pickups, paging and voicemail
    /// groups) and its numbers.
    /// </summary>
    internal static void RemoveFeatures(SimulatorState state, LocationRecord location)
    {
        state.Area<Resources.ResourceStore>().RemoveLocation(location.Id);
        var queues = state.Area<CallQueueStore>().Queues;
        foreach (var queue in queues.Values.Where(q => q.Location == location).ToList()) queues.Remove(queue.Uuid);
        var features = state.Area<LocationFeatureStore>();
        foreach (string kind in features.All.Select(f => f.Kind).Distinct().ToList())
            features.Items(kind).RemoveAll(f => f.Location == location);
        var numbers = state.Area<NumberInventory>().Numbers;
        foreach (var number in numbers.Values.Where(n => n.Location == location).ToList()) numbers.Remove(number.Number);
    }

    private static IResult ListFloors(HttpContext context, SimulatorState state, string locationId)
    {
        lock (state.Sync)
        {
            var location = Resolve(context, state, locationId, out var error);
            return location is null ? error! : Paging.Page(context, state, location.Floors.Values.ToList(), f => f.ToJson());
        }
    }

    private static FloorRecord? ResolveFloor(HttpContext context, SimulatorState state, string locationId, string floorId, out IResult? error)
    {
        var location = Resolve(context, state, locationId, out error);
        if (location is null) return null;
        if (!WebexIds.TryDecode(floorId, WebexIds.Floor, out var uuid))
        {
            error = SimResults.BadRequest(context, $"Invalid floor id: '{floorId}'.");
            return null;
        }
        if (location.Floors.TryGetValue(uuid, out var floor)) return floor;
        error = SimResults.NotFound(context, "Floor not found.");
        return null;
    }

    private static async Task<IResult> CreateFloorAsync(HttpContext context, SimulatorState state, string locationId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null) return bodyError!;
        if (JsonBody.Int(body, "floorNumber") is not { } number)
            return SimResults.BadRequest(context, "Missing required field(s): floorNumber.");
        var uuid = state.NewGuid();
        lock (state.Sync)
        {
            var location = Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
            var floor = new FloorRecord(uuid, location) { FloorNumber = number, DisplayName = JsonBody.String(body, "displayName") };
            location.Floors.Add(uuid, floor);
            return SimResults.Json(floor.ToJson(), StatusCodes.Status201Created);
        }
    }

    private static IResult FloorDetails(HttpContext context, SimulatorState state, string locationId, string floorId)
    {
        lock (state.Sync)
        {
            var floor = ResolveFloor(context, state, locationId, floorId, out var error);
            return floor is null ? error! : SimResults.Json(floor.ToJson());
        }
    }

    private static async Task<IResult> UpdateFloorAsync(HttpContext context, SimulatorState state, string locationId, string floorId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null) return bodyError!;
        if (JsonBody.Int(body, "floorNumber") is not { } number)
            return SimResults.BadRequest(context, "Missing required field(s): floorNumber.");
        lock (state.Sync)
        {
            var floor = ResolveFloor(context, state, locationId, floorId, out var error);
            if (floor is null) return error!;
            floor.FloorNumber = number;
            if (body.ContainsKey("displayName")) floor.DisplayName = JsonBody.String(body, "displayName");
            return SimResults.Json(floor.ToJson());
        }
    }

    private static IResult DeleteFloor(HttpContext context, SimulatorState state, string locationId, string floorId)
    {
        lock (state.Sync)
        {
            var floor = ResolveFloor(context, state, locationId, floorId, out var error);
            if (floor is null) return error!;
            floor.Location.Floors.Remove(floor.Uuid);
        }
        return SimResults.NoContent();
    }
}
