using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.Resources;
using WebexCalling.Sdk.Testing.State;
using static WebexCalling.Sdk.Testing.Endpoints.LocationFeatures;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// Call parks of a location (<c>/telephony/config/locations/{locationId}/callParks</c>: CRUD, available agents,
/// available recall hunt groups, the location's call park settings) and call park extensions (created per location,
/// listed organisation-wide). A call park's id derives from its name, as Webex's does; a person is an agent of at most
/// one call park and a call park extension belongs to at most one call park; extensions are unique in a location.
/// </summary>
internal static class CallParkEndpoints
{
    private const string Parks = "/telephony/config/locations/{locationId}/callParks";
    private const string Extensions = "/telephony/config/locations/{locationId}/callParkExtensions";
    private const string ParkNotFound = "Call park not found.";
    private const string ExtensionNotFound = "Call park extension not found.";
    private static readonly string[] RecallOptions = ["ALERT_PARKING_USER_ONLY", "ALERT_PARKING_USER_FIRST_THEN_HUNT_GROUP", "ALERT_HUNT_GROUP_ONLY"];
    private static readonly string[] RingPatterns = ["NORMAL", "LONG_LONG", "SHORT_SHORT_LONG", "SHORT_LONG_SHORT"];

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapGet(Parks, (HttpContext context, string locationId) => List(context, state, locationId));
        app.MapPost(Parks, (HttpContext context, string locationId) => SaveAsync(context, state, locationId, null));
        app.MapGet(Parks + "/availableUsers", (HttpContext context, string locationId) => AvailableAgents(context, state, locationId));
        app.MapGet(Parks + "/availableRecallHuntGroups", (HttpContext context, string locationId) => AvailableRecalls(context, state, locationId));
        app.MapGet(Parks + "/settings", (HttpContext context, string locationId) => Settings(context, state, locationId));
        app.MapPut(Parks + "/settings", (HttpContext context, string locationId) => UpdateSettingsAsync(context, state, locationId));
        app.MapGet(Parks + "/{callParkId}", (HttpContext context, string locationId, string callParkId) =>
        {
            lock (state.Sync)
            {
                var park = Find(context, state, CallPark, locationId, callParkId, ParkNotFound, out var error);
                return park is null ? error! : SimResults.Json(Details(state, park));
            }
        });
        app.MapPut(Parks + "/{callParkId}", (HttpContext context, string locationId, string callParkId) => SaveAsync(context, state, locationId, callParkId));
        app.MapDelete(Parks + "/{callParkId}", (HttpContext context, string locationId, string callParkId) =>
        {
            lock (state.Sync)
            {
                var park = Find(context, state, CallPark, locationId, callParkId, ParkNotFound, out var error);
                if (park is null) return error!;
                state.Area<LocationFeatureStore>().Items(CallPark).Remove(park);
                return SimResults.NoContent();
            }
        });

        app.MapGet("/telephony/config/callParkExtensions", (HttpContext context) => ListExtensions(context, state));
        app.MapPost(Extensions, (HttpContext context, string locationId) => SaveExtensionAsync(context, state, locationId, null));
        app.MapGet(Extensions + "/{callParkExtensionId}", (HttpContext context, string locationId, string callParkExtensionId) =>
        {
            lock (state.Sync)
            {
                var cpe = Find(context, state, CallParkExtension, locationId, callParkExtensionId, ExtensionNotFound, out var error);
                return cpe is null ? error! : SimResults.Json(ExtensionJson(cpe, listed: false));
            }
        });
        app.MapPut(Extensions + "/{callParkExtensionId}", (HttpContext context, string locationId, string callParkExtensionId) =>
            SaveExtensionAsync(context, state, locationId, callParkExtensionId));
        app.MapDelete(Extensions + "/{callParkExtensionId}", (HttpContext context, string locationId, string callParkExtensionId) =>
        {
            lock (state.Sync)
            {
                var cpe = Find(context, state, CallParkExtension, locationId, callParkExtensionId, ExtensionNotFound, out var error);
                if (cpe is null) return error!;
                var store = state.Area<LocationFeatureStore>();
                store.Items(CallParkExtension).Remove(cpe);
                foreach (var park in store.Items(CallPark)) park.Extensions.Remove(cpe); // a deleted extension leaves its call park
                return SimResults.NoContent();
            }
        });
    }

    // ---- call parks ----------------------------------------------------------------------------------------------

    private static IResult List(HttpContext context, SimulatorState state, string locationId)
    {
        lock (state.Sync)
        {
            var location = LocationsEndpoints.Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
            var parks = ByName(context, state.Area<LocationFeatureStore>().Items(CallPark).Where(p => p.Location == location));
            return Paging.Page(context, state, parks, p => new JsonObject
            {
                ["name"] = p.Name, ["id"] = p.Id, ["locationName"] = location.Name, ["locationId"] = location.Id,
            }, itemsKey: "callParks");
        }
    }

    private static JsonObject Details(SimulatorState state, LocationFeatureRecord park)
    {
        var json = new JsonObject { ["id"] = park.Id, ["name"] = park.Name };
        json["recall"] = Recall(state, park.Location, (JsonObject?)park.Body["recall"]);
        json["agents"] = Array(park.Members.GetValueOrDefault("agents", []).Select(Agent));
        json["parkOnAgentsEnabled"] = park.Body["parkOnAgentsEnabled"]?.DeepClone() ?? false;
        json["callParkExtensions"] = Array(park.Extensions.Select(e => new JsonObject { ["id"] = e.Id, ["extension"] = e.Extension, ["name"] = e.Name }));
        return json;
    }

    /// <summary>A recall as answered: the stored hunt group id and option, plus the hunt group's current name.</summary>
    private static JsonObject Recall(SimulatorState state, LocationRecord location, JsonObject? stored)
    {
        var json = new JsonObject();
        if (JsonBody.String(stored ?? [], "huntGroupId") is { } huntGroupId)
        {
            json["huntGroupId"] = huntGroupId;
            JsonBody.Put(json, "huntGroupName", HuntGroupsOf(state, location).Where(h => h.Id == huntGroupId).Select(h => h.Name).FirstOrDefault());
        }
        json["option"] = JsonBody.String(stored ?? [], "option") ?? "ALERT_PARKING_USER_ONLY";
        return json;
    }

    private static IEnumerable<(string Id, string? Name)> HuntGroupsOf(SimulatorState state, LocationRecord location) =>
        state.Area<ResourceStore>().Items(HuntGroups).Values
            .Where(i => i.Parents.GetValueOrDefault("locationId") == location.Id)
            .Select(i => (i.Id, JsonBody.String(i.Body, "name")));

    /// <summary>Checks a recall of a body: a known option, and a hunt group of the location when the option needs one.</summary>
    private static IResult? CheckRecall(HttpContext context, SimulatorState state, LocationRecord location, JsonNode? node, string field)
    {
        if (node is not JsonObject recall) return SimResults.BadRequest(context, $"Invalid value for field '{field}'.");
        string? option = JsonBody.String(recall, "option");
        if (option is null || !RecallOptions.Contains(option))
            return SimResults.BadRequest(context, $"Invalid value for field '{field}.option': one of {string.Join(", ", RecallOptions)}.");
        string? huntGroupId = JsonBody.String(recall, "huntGroupId");
        if (huntGroupId is not null && !HuntGroupsOf(state, location).Any(h => h.Id == huntGroupId))
            return SimResults.BadRequest(context, $"Hunt group '{huntGroupId}' is not a hunt group of location {location.Name}.");
        if (huntGroupId is null && option != "ALERT_PARKING_USER_ONLY")
            return SimResults.BadRequest(context, $"Recall option {option} needs a huntGroupId.");
        return null;
    }

    private static async Task<IResult> SaveAsync(HttpContext context, SimulatorState state, string locationId, string? callParkId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            var location = LocationsEndpoints.Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
            var store = state.Area<LocationFeatureStore>();
            LocationFeatureRecord? park = null;
            if (callParkId is not null)
            {
                park = Find(context, state, CallPark, locationId, callParkId, ParkNotFound, out error);
                if (park is null) return error!;
            }
            if (body is null) return bodyError!;
            if (park is null && (JsonBody.String(body, "name") is null || !body.ContainsKey("recall")))
                return SimResults.BadRequest(context, "Missing required field(s): name, recall.");
            string name = JsonBody.String(body, "name") ?? park!.Name!;
            if (name.Length is 0 or > 80) return SimResults.BadRequest(context, "Invalid value for field 'name': 1 to 80 characters.");
            var parks = store.Items(CallPark);
            if (parks.Any(p => p != park && p.Location == location && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
                return SimResults.Conflict(context, $"A call park named '{name}' already exists in location {location.Name}.");
            if (body.ContainsKey("recall") && CheckRecall(context, state, location, body["recall"], "recall") is { } recallError) return recallError;
            if (body.ContainsKey("parkOnAgentsEnabled") && JsonBody.Bool(body, "parkOnAgentsEnabled") is null)
                return SimResults.BadRequest(context, "Invalid value for field 'parkOnAgentsEnabled'.");
            var agents = Members(context, state, location, body, "agents", out error);
            if (error is not null) return error;
            foreach (var agent in agents ?? [])
                if (parks.FirstOrDefault(p => p != park && p.Members.GetValueOrDefault("agents", []).Contains(agent)) is { } other)
                    return SimResults.Conflict(context, $"{agent.DisplayName} is already an agent of call park '{other.Name}'.");
            List<LocationFeatureRecord>? extensions = null;
            if (body.ContainsKey("callParkExtensions"))
            {
                if (body["callParkExtensions"] is not JsonArray ids)
                    return SimResults.BadRequest(context, "Invalid value for field 'callParkExtensions': a list of ids.");
                extensions = [];
                foreach (string? id in ids.Select(JsonBody.Text))
                {
                    var cpe = store.Items(CallParkExtension).FirstOrDefault(e => e.Id == id && e.Location == location);
                    if (cpe is null) return SimResults.BadRequest(context, $"Call park extension '{id}' not found in location {location.Name}.");
                    if (parks.FirstOrDefault(p => p != park && p.Extensions.Contains(cpe)) is { } other)
                        return SimResults.Conflict(context, $"Call park extension {cpe.Extension} is already assigned to call park '{other.Name}'.");
                    if (!extensions.Contains(cpe)) extensions.Add(cpe);
                }
            }

            bool created = park is null;
            park ??= new LocationFeatureRecord(CallPark, "", location);
            park.Body["name"] = name;
            if (body["recall"] is JsonObject recall)
            {
                var stored = new JsonObject { ["option"] = JsonBody.String(recall, "option") };
                JsonBody.Put(stored, "huntGroupId", JsonBody.String(recall, "huntGroupId"));
                park.Body["recall"] = stored;
            }
            if (JsonBody.Bool(body, "parkOnAgentsEnabled") is { } onAgents) park.Body["parkOnAgentsEnabled"] = onAgents;
            if (agents is not null) park.Members["agents"] = agents;
            if (extensions is not null)
            {
                park.Extensions.Clear();
                park.Extensions.AddRange(extensions);
            }
            park.Id = NameId(CallPark, name); // Webex: the id changes with the name
            if (created) parks.Add(park);
            return SimResults.Json(new JsonObject { ["id"] = park.Id }, created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
        }
    }

    /// <summary>The location's people who are agents of no call park (those of <c>callParkName</c> count as available to it).</summary>
    private static IResult AvailableAgents(HttpContext context, SimulatorState state, string locationId)
    {
        lock (state.Sync)
        {
            var location = LocationsEndpoints.Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
            string? parkName = context.Request.Query["callParkName"];
            var taken = state.Area<LocationFeatureStore>().Items(CallPark)
                .Where(p => p.Location == location && !string.Equals(p.Name, parkName, StringComparison.OrdinalIgnoreCase))
                .SelectMany(p => p.Members.GetValueOrDefault("agents", [])).ToHashSet();
            var people = FilterPeople(context, state.People.Values.Where(p => p.Location == location && !taken.Contains(p)));
            return Paging.Page(context, state, people, Agent, itemsKey: "agents");
        }
    }

    private static IResult AvailableRecalls(HttpContext context, SimulatorState state, string locationId)
    {
        lock (state.Sync)
        {
            var location = LocationsEndpoints.Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
            string? name = context.Request.Query["name"];
            var groups = HuntGroupsOf(state, location)
                .Where(h => string.IsNullOrEmpty(name) || h.Name?.Contains(name, StringComparison.OrdinalIgnoreCase) == true)
                .ToList();
            if (!string.IsNullOrEmpty(context.Request.Query["order"])) groups = groups.OrderBy(h => h.Name, StringComparer.OrdinalIgnoreCase).ToList();
            return Paging.Page(context, state, groups, h => new JsonObject { ["id"] = h.Id, ["name"] = h.Name }, itemsKey: "huntGroups");
        }
    }

    // ---- settings -------------------------------------------------------------------------------------------------

    private static JsonObject StoredSettings(SimulatorState state, LocationRecord location) =>
        state.Area<LocationFeatureStore>().CallParkSettings.GetValueOrDefault(location.Uuid) ?? new JsonObject
        {
            ["callParkRecall"] = new JsonObject { ["option"] = "ALERT_PARKING_USER_ONLY" },
            ["callParkSettings"] = new JsonObject { ["ringPattern"] = "NORMAL", ["recallTime"] = 45, ["huntWaitTime"] = 45 },
        };

    private static IResult Settings(HttpContext context, SimulatorState state, string locationId)
    {
        lock (state.Sync)
        {
            var location = LocationsEndpoints.Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
            var stored = StoredSettings(state, location);
            return SimResults.Json(new JsonObject
            {
                ["callParkRecall"] = Recall(state, location, (JsonObject?)stored["callParkRecall"]),
                ["callParkSettings"] = stored["callParkSettings"]!.DeepClone(),
            });
        }
    }

    private static async Task<IResult> UpdateSettingsAsync(HttpContext context, SimulatorState state, string locationId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            var location = LocationsEndpoints.Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
            if (body is null) return bodyError!;
            var stored = (JsonObject)StoredSettings(state, location).DeepClone();
            if (body.ContainsKey("callParkRecall"))
            {
                if (CheckRecall(context, state, location, body["callParkRecall"], "callParkRecall") is { } recallError) return recallError;
                var recall = (JsonObject)body["callParkRecall"]!;
                var kept = new JsonObject { ["option"] = JsonBody.String(recall, "option") };
                JsonBody.Put(kept, "huntGroupId", JsonBody.String(recall, "huntGroupId"));
                stored["callParkRecall"] = kept;
            }
            if (body["callParkSettings"] is JsonObject timers)
            {
                var current = (JsonObject)stored["callParkSettings"]!;
                if (JsonBody.String(timers, "ringPattern") is { } ring)
                {
                    if (!RingPatterns.Contains(ring)) return SimResults.BadRequest(context, "Invalid value for field 'callParkSettings.ringPattern'.");
                    current["ringPattern"] = ring;
                }
                foreach (string timer in new[] { "recallTime", "huntWaitTime" })
                {
                    if (!timers.ContainsKey(timer)) continue;
                    if (JsonBody.Int(timers, timer) is not { } seconds || seconds is < 30 or > 600)
                        return SimResults.BadRequest(context, $"Invalid value for field 'callParkSettings.{timer}': 30 to 600 seconds.");
                    current[timer] = seconds;
                }
            }
            else if (body.ContainsKey("callParkSettings"))
            {
                return SimResults.BadRequest(context, "Invalid value for field 'callParkSettings'.");
            }
            state.Area<LocationFeatureStore>().CallParkSettings[location.Uuid] = stored;
            return SimResults.NoContent();
        }
    }

    // ---- call park extensions -------------------------------------------------------------------------------------

    private static JsonObject ExtensionJson(LocationFeatureRecord cpe, bool listed)
    {
        var json = new JsonObject();
        if (listed) json["id"] = cpe.Id;
        json["extension"] = cpe.Extension;
        json["name"] = cpe.Name;
        if (listed)
        {
            json["locationId"] = cpe.Location.Id;
            json["locationName"] = cpe.Location.Name;
        }
        return json;
    }

    private static IResult ListExtensions(HttpContext context, SimulatorState state)
    {
        var query = context.Request.Query;
        string? extension = query["extension"];
        string? locationName = query["locationName"];
        lock (state.Sync)
        {
            if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
            var items = ByLocationAndNumber(context, state.Area<LocationFeatureStore>().Items(CallParkExtension))
                .Where(e => string.IsNullOrEmpty(extension) || e.Extension == extension)
                .Where(e => string.IsNullOrEmpty(locationName) || string.Equals(e.Location.Name, locationName, StringComparison.OrdinalIgnoreCase));
            string? order = query["order"];
            var list = ByName(context, items);
            if (order is "callParkExtension") list = list.OrderBy(e => e.Extension, StringComparer.Ordinal).ToList();
            else if (order is "callParkExtensionName" or "groupName") list = list.OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase).ToList();
            return Paging.Page(context, state, list, e => ExtensionJson(e, listed: true), itemsKey: "callParkExtensions");
        }
    }

    private static async Task<IResult> SaveExtensionAsync(HttpContext context, SimulatorState state, string locationId, string? id)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            var location = LocationsEndpoints.Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
            LocationFeatureRecord? cpe = null;
            if (id is not null)
            {
                cpe = Find(context, state, CallParkExtension, locationId, id, ExtensionNotFound, out error);
                if (cpe is null) return error!;
            }
            if (body is null) return bodyError!;
            if (cpe is null && (JsonBody.String(body, "name") is null || JsonBody.String(body, "extension") is null))
                return SimResults.BadRequest(context, "Missing required field(s): name, extension.");
            if (JsonBody.String(body, "name") is { Length: 0 or > 30 })
                return SimResults.BadRequest(context, "Invalid value for field 'name': 1 to 30 characters.");
            if (CheckNumbers(context, state, location, body, cpe) is { } numberError) return numberError;
            bool created = cpe is null;
            cpe ??= new LocationFeatureRecord(CallParkExtension, WebexIds.Encode(CallParkExtension, state.NewGuid()), location);
            if (JsonBody.String(body, "name") is { } name) cpe.Body["name"] = name;
            if (JsonBody.String(body, "extension") is { } extension) cpe.Body["extension"] = extension;
            if (!created) return SimResults.NoContent();
            state.Area<LocationFeatureStore>().Items(CallParkExtension).Add(cpe);
            return SimResults.Json(new JsonObject { ["id"] = cpe.Id }, StatusCodes.Status201Created);
        }
    }

    // ---- demo organisation ----------------------------------------------------------------------------------------

    /// <summary>
    /// Per demo location: two call park extensions (n080, n081) and a call park with both and two of the location's
    /// people as agents (drawn from the seeded source), recalled to the location's hunt group after the parking person.
    /// </summary>
    public static void SeedDemoOrg(SimulatorState state, DemoOrgContext demo)
    {
        var store = state.Area<LocationFeatureStore>();
        foreach (var location in demo.Locations)
        {
            var people = demo.People.Where(p => p.Location == location).ToList();
            string? prefix = people.FirstOrDefault()?.Extension is { Length: > 2 } e ? e[..^2] : null;
            if (prefix is null) continue;
            var extensions = new List<LocationFeatureRecord>();
            foreach (int n in new[] { 80, 81 })
            {
                var cpe = new LocationFeatureRecord(CallParkExtension, WebexIds.Encode(CallParkExtension, state.NewGuid()), location);
                cpe.Body["name"] = $"{location.Name} park {n - 79}";
                cpe.Body["extension"] = prefix + Digits(n);
                store.Items(CallParkExtension).Add(cpe);
                extensions.Add(cpe);
            }
            string name = $"{location.Name} call park";
            var park = new LocationFeatureRecord(CallPark, NameId(CallPark, name), location);
            park.Body["name"] = name;
            var recall = new JsonObject { ["option"] = "ALERT_PARKING_USER_ONLY" };
            if (HuntGroupsOf(state, location).Select(h => h.Id).FirstOrDefault() is { } huntGroupId)
                recall = new JsonObject { ["huntGroupId"] = huntGroupId, ["option"] = "ALERT_PARKING_USER_FIRST_THEN_HUNT_GROUP" };
            park.Body["recall"] = recall;
            park.Body["parkOnAgentsEnabled"] = false;
            park.Members["agents"] = Draw(state, people, 2);
            park.Extensions.AddRange(extensions);
            store.Items(CallPark).Add(park);
        }
    }

    /// <summary><paramref name="count"/> distinct people of <paramref name="pool"/> drawn from the seeded source, in draw order.</summary>
    internal static List<PersonRecord> Draw(SimulatorState state, IEnumerable<PersonRecord> pool, int count)
    {
        var left = pool.ToList();
        var drawn = new List<PersonRecord>();
        for (int i = 0; i < count && left.Count > 0; i++)
        {
            var person = left[state.Random.Next(left.Count)];
            left.Remove(person);
            drawn.Add(person);
        }
        return drawn;
    }
}
