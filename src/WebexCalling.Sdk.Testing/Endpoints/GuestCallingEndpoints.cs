using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.Resources;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// Guest calling (click-to-call), in wxc_sdk's shapes (no reference has it): the organisation's settings, the
/// destinations callers can reach and the features that could be one. Destinations are the organisation's call queues,
/// hunt groups and auto attendants (the simulator has no virtual lines yet); a deleted feature drops out of the list.
/// </summary>
internal static class GuestCallingEndpoints
{
    private const string Root = "/telephony/config/guestCalling";

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapGet(Root, (HttpContext context) =>
        {
            lock (state.Sync)
                return LocationsEndpoints.CheckOrg(context, state) ?? SimResults.Json(state.Area<GuestCallingStore>().Settings.DeepClone());
        });
        app.MapPut(Root, (Func<HttpContext, Task<IResult>>)(context => UpdateAsync(context, state)));
        app.MapGet(Root + "/members", (HttpContext context) => List(context, state, members: true));
        app.MapGet(Root + "/availableMembers", (HttpContext context) => List(context, state, members: false));
    }

    /// <summary>The demo organisation: click-to-call on, in privacy mode, reaching the first call queue (Sales).</summary>
    public static void SeedDemoOrg(SimulatorState state, DemoOrgContext demo)
    {
        lock (state.Sync)
        {
            var store = state.Area<GuestCallingStore>();
            store.Settings["enabled"] = true;
            store.Settings["privacyEnabled"] = true;
            if (state.Area<CallQueueStore>().Queues.Values.FirstOrDefault() is { } queue) store.Members.Add(queue.Id);
        }
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, SimulatorState state)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null) return bodyError!;
        lock (state.Sync)
        {
            if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
            var store = state.Area<GuestCallingStore>();
            var settings = (JsonObject)store.Settings.DeepClone();
            var known = new JsonObject();
            foreach (string field in new[] { "enabled", "privacyEnabled", "videoEnabled" })
                if (body.ContainsKey(field)) known[field] = body[field]?.DeepClone();
            if (PersonSettingsEndpoints.Merge(context, settings, Shape, known, [], "") is { } error) return error;
            List<string>? members = null;
            if (body.ContainsKey("destinationMembers"))
            {
                if (body["destinationMembers"] is not JsonArray array || array.Any(i => i is not JsonValue))
                    return SimResults.BadRequest(context, "Invalid value for field 'destinationMembers'.");
                members = JsonBody.Strings(body, "destinationMembers")!.Distinct(StringComparer.Ordinal).ToList();
                var features = Features(state).Select(f => JsonBody.String(f, "id")).ToHashSet(StringComparer.Ordinal);
                if (members.FirstOrDefault(id => !features.Contains(id)) is { } unknown)
                    return SimResults.NotFound(context, $"Destination member '{unknown}' not found.");
            }
            store.Settings = settings;
            if (members is not null)
            {
                store.Members.Clear();
                store.Members.AddRange(members);
            }
            return SimResults.NoContent();
        }
    }

    private static readonly JsonObject Shape = new() { ["enabled"] = true, ["privacyEnabled"] = true, ["videoEnabled"] = true };

    /// <summary>The destinations (in the order they were set) or the features that are none yet, filtered by name, number and extension (contains).</summary>
    private static IResult List(HttpContext context, SimulatorState state, bool members)
    {
        var query = context.Request.Query;
        string? name = query["memberName"], number = query["phoneNumber"], extension = query["extension"];
        lock (state.Sync)
        {
            if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
            var store = state.Area<GuestCallingStore>();
            var features = Features(state).ToDictionary(f => JsonBody.String(f, "id")!, StringComparer.Ordinal);
            var chosen = members
                ? store.Members.Where(features.ContainsKey).Select(id => features[id]).ToList()
                : features.Values.Where(f => !store.Members.Contains(JsonBody.String(f, "id")!)).ToList();
            var matching = chosen.Where(f =>
                    (string.IsNullOrEmpty(name) || $"{JsonBody.String(f, "firstName")} {JsonBody.String(f, "lastName")}".Contains(name, StringComparison.OrdinalIgnoreCase))
                    && (string.IsNullOrEmpty(number) || (JsonBody.String(f, "phoneNumber") ?? "").Contains(number, StringComparison.Ordinal))
                    && (string.IsNullOrEmpty(extension) || (JsonBody.String(f, "extension") ?? "").Contains(extension, StringComparison.Ordinal)))
                .ToList();
            return Paging.Page(context, state, matching, f => f.DeepClone(), members ? "destinationMembers" : "availableDestinationMembers");
        }
    }

    /// <summary>Every feature that can be a destination, as a destination member: call queues, hunt groups, auto attendants.</summary>
    private static IEnumerable<JsonObject> Features(SimulatorState state)
    {
        foreach (var queue in state.Area<CallQueueStore>().Queues.Values)
            yield return Member(queue.Id, queue.Name, queue.PhoneNumber, queue.Extension, "CALL_QUEUE", queue.Location);
        var store = state.Area<ResourceStore>();
        foreach (var (segment, type) in new[] { ("/huntGroups", "HUNT_GROUP"), ("/autoAttendants", "AUTO_ATTENDANT") })
            foreach (var collection in SimulatorRoutes.Collections.Where(c => c.Path.EndsWith(segment, StringComparison.Ordinal)))
                foreach (var item in store.Items(collection.Path).Values)
                    yield return Member(item.Id, JsonBody.String(item.Body, "name") ?? "", JsonBody.String(item.Body, "phoneNumber"),
                        JsonBody.String(item.Body, "extension"), type, state.FindLocation(item.Parents.GetValueOrDefault("locationId")));
    }

    private static JsonObject Member(string id, string name, string? phoneNumber, string? extension, string type, LocationRecord? location)
    {
        var json = new JsonObject { ["id"] = id, ["firstName"] = name };
        JsonBody.Put(json, "phoneNumber", phoneNumber);
        JsonBody.Put(json, "extension", extension);
        json["type"] = type;
        if (location is not null) json["location"] = new JsonObject { ["id"] = location.Id, ["name"] = location.Name };
        return json;
    }
}

/// <summary>The organisation's click-to-call settings and the ids of its destinations.</summary>
internal sealed class GuestCallingStore
{
    public JsonObject Settings { get; set; } = new() { ["enabled"] = false, ["privacyEnabled"] = false, ["videoEnabled"] = false };

    public List<string> Members { get; } = [];
}
