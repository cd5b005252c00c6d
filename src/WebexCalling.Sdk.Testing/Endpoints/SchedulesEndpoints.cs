using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// The schedules (business hours and holidays) and their events of a person, under /people/{entityId}/features/schedules,
/// and of a location, under /telephony/config/locations/{locationId}/schedules: list (paginated, filters name and
/// type), create (201 with the id), details, update, delete; events create (201), details, update, delete. An update
/// renames with newName (people) or name (locations), events by their newName.
/// </summary>
internal static class SchedulesEndpoints
{
    private const string Kind = "schedules";

    /// <summary>The entity whose schedules a path names: its key in the store, or the error answer.</summary>
    private delegate Guid? Owner(HttpContext context, SimulatorState state, string entityId, out IResult? error);

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        Map(app, state, "/people/{entityId}/features/schedules",
            (HttpContext context, SimulatorState s, string id, out IResult? error) => PeopleEndpoints.Resolve(context, s, id, out error)?.Uuid);
        Map(app, state, "/telephony/config/locations/{entityId}/schedules", Location);
    }

    /// <summary>The names of a location's schedules of one type (<c>holidays</c>, <c>businessHours</c>), in creation order.</summary>
    internal static IEnumerable<string> LocationSchedules(SimulatorState state, LocationRecord location, string type) =>
        state.Area<PersonSettingsStore>().Items(location.Uuid, Kind).Values
            .Where(s => JsonBody.String(s, "type") == type)
            .Select(s => JsonBody.String(s, "name")!);

    private static Guid? Location(HttpContext context, SimulatorState state, string entityId, out IResult? error)
    {
        error = null;
        if (!WebexIds.TryDecode(entityId, WebexIds.Location, out var uuid))
            error = SimResults.BadRequest(context, $"Invalid location id: '{entityId}'.");
        else if (!state.Locations.ContainsKey(uuid)) error = SimResults.NotFound(context, "Location not found.");
        return error is null ? uuid : null;
    }

    private static void Map(IEndpointRouteBuilder app, SimulatorState state, string Base, Owner owner)
    {
        app.MapGet(Base, (HttpContext context, string entityId) => List(context, state, owner, entityId));
        app.MapPost(Base, (HttpContext context, string entityId) => CreateAsync(context, state, owner, entityId));
        string one = Base + "/{scheduleType}/{scheduleId}";
        app.MapGet(one, (HttpContext context, string entityId, string scheduleType, string scheduleId) =>
            Details(context, state, owner, entityId, scheduleType, scheduleId));
        app.MapPut(one, (HttpContext context, string entityId, string scheduleType, string scheduleId) =>
            UpdateAsync(context, state, owner, entityId, scheduleType, scheduleId));
        app.MapDelete(one, (HttpContext context, string entityId, string scheduleType, string scheduleId) =>
            Delete(context, state, owner, entityId, scheduleType, scheduleId));
        app.MapPost(one + "/events", (HttpContext context, string entityId, string scheduleType, string scheduleId) =>
            CreateEventAsync(context, state, owner, entityId, scheduleType, scheduleId));
        string ev = one + "/events/{eventId}";
        app.MapGet(ev, (HttpContext context, string entityId, string scheduleType, string scheduleId, string eventId) =>
            EventDetails(context, state, owner, entityId, scheduleType, scheduleId, eventId));
        app.MapPut(ev, (HttpContext context, string entityId, string scheduleType, string scheduleId, string eventId) =>
            UpdateEventAsync(context, state, owner, entityId, scheduleType, scheduleId, eventId));
        app.MapDelete(ev, (HttpContext context, string entityId, string scheduleType, string scheduleId, string eventId) =>
            DeleteEvent(context, state, owner, entityId, scheduleType, scheduleId, eventId));
    }

    private static IResult List(HttpContext context, SimulatorState state, Owner owner, string entityId)
    {
        string? name = context.Request.Query["name"];
        string? type = context.Request.Query["type"];
        lock (state.Sync)
        {
            var uuid = owner(context, state, entityId, out var error);
            if (uuid is null) return error!;
            IEnumerable<JsonObject> found = state.Area<PersonSettingsStore>().Items(uuid.Value, Kind).Values;
            if (name is not null) found = found.Where(s => JsonBody.String(s, "name")?.StartsWith(name, StringComparison.OrdinalIgnoreCase) == true);
            if (type is not null) found = found.Where(s => JsonBody.String(s, "type") == type);
            return Paging.Page(context, state, found.ToList(), s => new JsonObject
            {
                ["id"] = s["id"]!.DeepClone(),
                ["name"] = s["name"]!.DeepClone(),
                ["type"] = s["type"]!.DeepClone(),
            }, itemsKey: "schedules");
        }
    }

    private static string? ValidateEvent(JsonObject e)
    {
        foreach (var field in new[] { "name", "startDate", "endDate" })
            if (string.IsNullOrWhiteSpace(JsonBody.String(e, field))) return $"Missing required field(s): {field}.";
        if (JsonBody.Bool(e, "allDayEnabled") != true
            && (string.IsNullOrWhiteSpace(JsonBody.String(e, "startTime")) || string.IsNullOrWhiteSpace(JsonBody.String(e, "endTime"))))
            return "startTime and endTime are required unless allDayEnabled is true.";
        if (!DateOnly.TryParse(JsonBody.String(e, "startDate"), System.Globalization.CultureInfo.InvariantCulture, out var start)
            || !DateOnly.TryParse(JsonBody.String(e, "endDate"), System.Globalization.CultureInfo.InvariantCulture, out var end))
            return "startDate and endDate must be dates (YYYY-MM-DD).";
        return end < start ? "endDate must not be before startDate." : null;
    }

    private static JsonObject NewEvent(SimulatorState state, JsonObject body)
    {
        var e = new JsonObject { ["id"] = WebexIds.Encode(WebexIds.ScheduleEvent, state.NewGuid()) };
        foreach (var (name, value) in body)
            if (name is not ("id" or "newName") && value is not null) e[name] = value.DeepClone();
        return e;
    }

    private static async Task<IResult> CreateAsync(HttpContext context, SimulatorState state, Owner owner, string entityId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            var uuid = owner(context, state, entityId, out var error);
            if (uuid is null) return error!;
            if (body is null) return bodyError!;
            string? name = JsonBody.String(body, "name");
            string? type = JsonBody.String(body, "type");
            if (string.IsNullOrWhiteSpace(name)) return SimResults.BadRequest(context, "Missing required field(s): name.");
            if (type is not ("businessHours" or "holidays")) return SimResults.BadRequest(context, "Missing or invalid field: type.");
            var items = state.Area<PersonSettingsStore>().Items(uuid.Value, Kind);
            if (items.Values.Any(s => JsonBody.String(s, "name") == name && JsonBody.String(s, "type") == type))
                return SimResults.Conflict(context, $"A schedule named '{name}' already exists.");
            var events = new JsonArray();
            if (body["events"] is JsonArray list)
                foreach (var e in list.OfType<JsonObject>())
                {
                    if (ValidateEvent(e) is { } message) return SimResults.BadRequest(context, message);
                    events.Add(NewEvent(state, e));
                }
            string id = WebexIds.Encode(WebexIds.Schedule, state.NewGuid());
            items.Add(id, new JsonObject { ["id"] = id, ["name"] = name, ["type"] = type, ["events"] = events });
            return SimResults.Json(new JsonObject { ["id"] = id }, StatusCodes.Status201Created);
        }
    }

    private static JsonObject? Find(HttpContext context, SimulatorState state, Owner owner, string entityId, string type, string id,
        out Guid? uuid, out IResult? error)
    {
        uuid = owner(context, state, entityId, out error);
        if (uuid is null) return null;
        if (type is not ("businessHours" or "holidays"))
        {
            error = SimResults.BadRequest(context, $"Invalid schedule type: '{type}'.");
            return null;
        }
        if (state.Area<PersonSettingsStore>().Items(uuid.Value, Kind).TryGetValue(id, out var schedule)
            && JsonBody.String(schedule, "type") == type)
            return schedule;
        error = SimResults.NotFound(context, "Schedule not found.");
        return null;
    }

    private static IResult Details(HttpContext context, SimulatorState state, Owner owner, string entityId, string type, string id)
    {
        lock (state.Sync)
        {
            var schedule = Find(context, state, owner, entityId, type, id, out _, out var error);
            return schedule is null ? error! : SimResults.Json(schedule.DeepClone());
        }
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, SimulatorState state, Owner owner, string entityId, string type, string id)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            var schedule = Find(context, state, owner, entityId, type, id, out _, out var error);
            if (schedule is null) return error!;
            if (body is null) return bodyError!;
            if (JsonBody.String(body, "name") is { } name)
            {
                if (string.IsNullOrWhiteSpace(name)) return SimResults.BadRequest(context, "Invalid value for field 'name'.");
                schedule["name"] = name;
            }
            // a person's schedule is renamed with newName (a location's with name)
            if (JsonBody.String(body, "newName") is { Length: > 0 } renamed) schedule["name"] = renamed;
            if (body["events"] is JsonArray list)
            {
                // events are matched by name; newName renames one; events not listed are kept
                var events = (JsonArray)schedule["events"]!;
                foreach (var e in list.OfType<JsonObject>())
                {
                    if (ValidateEvent(e) is { } message) return SimResults.BadRequest(context, message);
                    var existing = events.OfType<JsonObject>().FirstOrDefault(x => JsonBody.String(x, "name") == JsonBody.String(e, "name"));
                    var updated = NewEvent(state, e);
                    if (JsonBody.String(e, "newName") is { } newName) updated["name"] = newName;
                    if (existing is null)
                    {
                        events.Add(updated);
                        continue;
                    }
                    updated["id"] = existing["id"]!.DeepClone();
                    events[events.IndexOf(existing)] = updated;
                }
            }
        }
        // the reference answers 200 with the schedule's id
        return SimResults.Json(new JsonObject { ["id"] = id });
    }

    private static IResult Delete(HttpContext context, SimulatorState state, Owner owner, string entityId, string type, string id)
    {
        lock (state.Sync)
        {
            var schedule = Find(context, state, owner, entityId, type, id, out var uuid, out var error);
            if (schedule is null) return error!;
            state.Area<PersonSettingsStore>().Items(uuid!.Value, Kind).Remove(id);
        }
        return SimResults.NoContent();
    }

    private static async Task<IResult> CreateEventAsync(HttpContext context, SimulatorState state, Owner owner, string entityId, string type, string id)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            var schedule = Find(context, state, owner, entityId, type, id, out _, out var error);
            if (schedule is null) return error!;
            if (body is null) return bodyError!;
            if (ValidateEvent(body) is { } message) return SimResults.BadRequest(context, message);
            var events = (JsonArray)schedule["events"]!;
            if (events.OfType<JsonObject>().Any(e => JsonBody.String(e, "name") == JsonBody.String(body, "name")))
                return SimResults.Conflict(context, $"An event named '{JsonBody.String(body, "name")}' already exists.");
            var created = NewEvent(state, body);
            events.Add(created);
            return SimResults.Json(new JsonObject { ["id"] = created["id"]!.DeepClone() }, StatusCodes.Status201Created);
        }
    }

    private static JsonObject? FindEvent(HttpContext context, SimulatorState state, Owner owner, string entityId, string type, string id,
        string eventId, out JsonArray? events, out IResult? error)
    {
        events = null;
        var schedule = Find(context, state, owner, entityId, type, id, out _, out error);
        if (schedule is null) return null;
        events = (JsonArray)schedule["events"]!;
        var found = events.OfType<JsonObject>().FirstOrDefault(e => JsonBody.String(e, "id") == eventId);
        if (found is null) error = SimResults.NotFound(context, "Event not found.");
        return found;
    }

    private static IResult EventDetails(HttpContext context, SimulatorState state, Owner owner, string entityId, string type, string id, string eventId)
    {
        lock (state.Sync)
        {
            var found = FindEvent(context, state, owner, entityId, type, id, eventId, out _, out var error);
            return found is null ? error! : SimResults.Json(found.DeepClone());
        }
    }

    private static async Task<IResult> UpdateEventAsync(HttpContext context, SimulatorState state, Owner owner, string entityId, string type,
        string id, string eventId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            var found = FindEvent(context, state, owner, entityId, type, id, eventId, out _, out var error);
            if (found is null) return error!;
            if (body is null) return bodyError!;
            var merged = (JsonObject)found.DeepClone();
            body.Remove("id");
            if (JsonBody.String(body, "newName") is { } newName) body["name"] = newName;
            body.Remove("newName");
            if (PersonSettingsEndpoints.Merge(context, merged, null, body, [], "") is { } mergeError) return mergeError;
            if (ValidateEvent(merged) is { } message) return SimResults.BadRequest(context, message);
            foreach (var (name, value) in merged.ToList()) found[name] = value?.DeepClone();
            foreach (var name in found.Select(p => p.Key).Where(k => !merged.ContainsKey(k)).ToList()) found.Remove(name);
        }
        // the reference answers 200 with the event's id
        return SimResults.Json(new JsonObject { ["id"] = eventId });
    }

    private static IResult DeleteEvent(HttpContext context, SimulatorState state, Owner owner, string entityId, string type, string id, string eventId)
    {
        lock (state.Sync)
        {
            var found = FindEvent(context, state, owner, entityId, type, id, eventId, out var events, out var error);
            if (found is null) return error!;
            events!.Remove(found);
        }
        return SimResults.NoContent();
    }
}
