using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;
using static WebexCalling.Sdk.Testing.Endpoints.LocationFeatures;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// Call pickup groups of a location (<c>/telephony/config/locations/{locationId}/callPickups</c>): CRUD and available
/// agents. As in Webex, a group's id derives from its name, a person is in at most one pickup group (409 otherwise),
/// and the available agents are the location's people in none.
/// </summary>
internal static class CallPickupEndpoints
{
    private const string Pickups = "/telephony/config/locations/{locationId}/callPickups";
    private const string NotFound = "Call pickup not found.";
    private static readonly string[] NotificationTypes = ["NONE", "AUDIO_ONLY", "VISUAL_ONLY", "AUDIO_AND_VISUAL"];

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapGet(Pickups, (HttpContext context, string locationId) =>
        {
            lock (state.Sync)
            {
                var location = LocationsEndpoints.Resolve(context, state, locationId, out var error);
                if (location is null) return error!;
                var groups = ByName(context, state.Area<LocationFeatureStore>().Items(CallPickup).Where(p => p.Location == location));
                return Paging.Page(context, state, groups, p => new JsonObject
                {
                    ["name"] = p.Name, ["id"] = p.Id, ["locationName"] = location.Name, ["locationId"] = location.Id,
                }, itemsKey: "callPickups");
            }
        });
        app.MapPost(Pickups, (HttpContext context, string locationId) => SaveAsync(context, state, locationId, null));
        app.MapGet(Pickups + "/availableUsers", (HttpContext context, string locationId) =>
        {
            lock (state.Sync)
            {
                var location = LocationsEndpoints.Resolve(context, state, locationId, out var error);
                if (location is null) return error!;
                string? groupName = context.Request.Query["callPickupName"];
                var taken = state.Area<LocationFeatureStore>().Items(CallPickup)
                    .Where(p => !string.Equals(p.Name, groupName, StringComparison.OrdinalIgnoreCase))
                    .SelectMany(p => p.AllMembers).ToHashSet();
                var people = FilterPeople(context, state.People.Values.Where(p => p.Location == location && !taken.Contains(p)));
                return Paging.Page(context, state, people, Agent, itemsKey: "agents");
            }
        });
        app.MapGet(Pickups + "/{callPickupId}", (HttpContext context, string locationId, string callPickupId) =>
        {
            lock (state.Sync)
            {
                var group = Find(context, state, CallPickup, locationId, callPickupId, NotFound, out var error);
                if (group is null) return error!;
                var json = new JsonObject { ["id"] = group.Id };
                foreach (var (name, value) in group.Body) json[name] = value?.DeepClone();
                json["agents"] = Array(group.Members.GetValueOrDefault("agents", []).Select(Agent));
                return SimResults.Json(json);
            }
        });
        app.MapPut(Pickups + "/{callPickupId}", (HttpContext context, string locationId, string callPickupId) =>
            SaveAsync(context, state, locationId, callPickupId));
        app.MapDelete(Pickups + "/{callPickupId}", (HttpContext context, string locationId, string callPickupId) =>
        {
            lock (state.Sync)
            {
                var group = Find(context, state, CallPickup, locationId, callPickupId, NotFound, out var error);
                if (group is null) return error!;
                state.Area<LocationFeatureStore>().Items(CallPickup).Remove(group);
                return SimResults.NoContent();
            }
        });
    }

    private static async Task<IResult> SaveAsync(HttpContext context, SimulatorState state, string locationId, string? callPickupId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            var location = LocationsEndpoints.Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
            LocationFeatureRecord? group = null;
            if (callPickupId is not null)
            {
                group = Find(context, state, CallPickup, locationId, callPickupId, NotFound, out error);
                if (group is null) return error!;
            }
            if (body is null) return bodyError!;
            if (group is null && JsonBody.String(body, "name") is null) return SimResults.BadRequest(context, "Missing required field(s): name.");
            string name = JsonBody.String(body, "name") ?? group!.Name!;
            if (name.Length is 0 or > 80) return SimResults.BadRequest(context, "Invalid value for field 'name': 1 to 80 characters.");
            var groups = state.Area<LocationFeatureStore>().Items(CallPickup);
            if (groups.Any(p => p != group && p.Location == location && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
                return SimResults.Conflict(context, $"A call pickup named '{name}' already exists in location {location.Name}.");
            if (JsonBody.String(body, "notificationType") is { } type && !NotificationTypes.Contains(type))
                return SimResults.BadRequest(context, $"Invalid value for field 'notificationType': one of {string.Join(", ", NotificationTypes)}.");
            if (body.ContainsKey("notificationDelayTimerSeconds") && JsonBody.Int(body, "notificationDelayTimerSeconds") is not > 0)
                return SimResults.BadRequest(context, "Invalid value for field 'notificationDelayTimerSeconds'.");
            var agents = Members(context, state, location, body, "agents", out error);
            if (error is not null) return error;
            foreach (var agent in agents ?? [])
                if (groups.FirstOrDefault(p => p != group && p.AllMembers.Contains(agent)) is { } other)
                    return SimResults.Conflict(context, $"{agent.DisplayName} is already a member of call pickup '{other.Name}'; a person can be in only one call pickup.");

            bool created = group is null;
            if (group is null)
            {
                group = new LocationFeatureRecord(CallPickup, "", location);
                group.Body["name"] = name;
                group.Body["notificationType"] = "NONE"; // the reference's defaults
                group.Body["notificationDelayTimerSeconds"] = 6;
            }
            group.Body["name"] = name;
            if (JsonBody.String(body, "notificationType") is { } notification) group.Body["notificationType"] = notification;
            if (JsonBody.Int(body, "notificationDelayTimerSeconds") is { } delay) group.Body["notificationDelayTimerSeconds"] = delay;
            if (agents is not null) group.Members["agents"] = agents;
            group.Id = NameId(CallPickup, name); // Webex: the id changes with the name
            if (created) groups.Add(group);
            return SimResults.Json(new JsonObject { ["id"] = group.Id }, created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
        }
    }

    /// <summary>Per demo location: a pickup group of two of its people (drawn from the seeded source, none of the call park's rule applies here).</summary>
    public static void SeedDemoOrg(SimulatorState state, DemoOrgContext demo)
    {
        foreach (var location in demo.Locations)
        {
            string name = $"{location.Name} pickup";
            var group = new LocationFeatureRecord(CallPickup, NameId(CallPickup, name), location);
            group.Body["name"] = name;
            group.Body["notificationType"] = "AUDIO_ONLY";
            group.Body["notificationDelayTimerSeconds"] = 10;
            group.Members["agents"] = CallParkEndpoints.Draw(state, demo.People.Where(p => p.Location == location), 2);
            state.Area<LocationFeatureStore>().Items(CallPickup).Add(group);
        }
    }
}
