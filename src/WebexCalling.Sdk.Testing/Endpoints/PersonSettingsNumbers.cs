using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// A person's numbers (GET /people/{id}/features/numbers, PUT /telephony/config/people/{id}/numbers) and the available
/// numbers for forwarding, intercept, emergency callback, fax, secondary lines, primary numbers and single number reach.
/// </summary>
internal static class PersonSettingsNumbers
{
    private const string People = "/people/{personId}";
    private const string Config = "/telephony/config/people/{personId}";

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        // available numbers: owned numbers of the person's location (forwarding, intercept, ECBN) or free ones
        foreach (var path in new[] { "callForwarding", "callIntercept", "emergencyCallbackNumber" })
            SettingsOwners.MapGet(app, $"{Config}/{path}/availableNumbers", (HttpContext context, string personId) =>
                PersonNumbers(context, state, personId, owned: true));
        foreach (var path in new[] { "faxMessage", "secondary" })
            SettingsOwners.MapGet(app, $"{Config}/{path}/availableNumbers", (HttpContext context, string personId) =>
                PersonNumbers(context, state, personId, owned: false));
        // the numbers a new person, workspace or virtual line can take: the free numbers of a location (or of all)
        foreach (string owners in new[] { "people/primary", "workspaces", "virtualLines" })
            app.MapGet($"/telephony/config/{owners}/availableNumbers", (HttpContext context) => LocationNumbers(context, state, null));
        app.MapGet("/telephony/config/locations/{locationId}/singleNumberReach/availableNumbers",
            (HttpContext context, string locationId) => LocationNumbers(context, state, locationId));

        // numbers
        SettingsOwners.MapGet(app, $"{People}/features/numbers", (HttpContext context, string personId) => ReadNumbers(context, state, personId));
        SettingsOwners.MapPut(app, $"{Config}/numbers", (HttpContext context, string personId) => UpdateNumbersAsync(context, state, personId));

    }

    // ---- numbers -------------------------------------------------------------------------------------------------

    /// <summary>Every number in use: people's numbers (alternates included) and call queues' numbers.</summary>
    private static HashSet<string> NumbersInUse(SimulatorState state)
    {
        var used = state.People.Values.SelectMany(p => p.PhoneNumbers).Select(n => n.Value).ToHashSet(StringComparer.Ordinal);
        var store = state.Area<PersonSettingsStore>();
        foreach (var person in state.People.Values)
            foreach (var alternate in (store.Find(person.Uuid, "numbers")?["alternates"] as JsonArray ?? []).OfType<JsonObject>())
                if (JsonBody.String(alternate, "directNumber") is { } n) used.Add(n);
        foreach (var queue in state.Area<CallQueueStore>().Queues.Values)
            if (queue.PhoneNumber is { } n) used.Add(n);
        used.UnionWith(LocationFeatures.NumbersInUse(state)); // hunt groups, auto attendants, paging and voicemail groups
        return used;
    }

    /// <summary>
    /// The free numbers of a location: its unassigned numbers of the number inventory, or, for a location the
    /// inventory does not know, the numbers of its block (the prefix of its people's numbers) ending in 50 to 69 that
    /// nobody uses.
    /// </summary>
    public static List<string> FreeNumbers(SimulatorState state, LocationRecord location)
    {
        // the number inventory decides where it knows the location (the demo locations and numbers added to them)
        if (NumbersEndpoints.Unassigned(state, location) is { } unassigned) return unassigned;
        string? sample = state.People.Values.Where(p => p.Location == location).SelectMany(p => p.PhoneNumbers).Select(n => n.Value).FirstOrDefault();
        if (sample is null || sample.Length < 4) return [];
        var used = NumbersInUse(state);
        return Enumerable.Range(50, 20).Select(n => sample[..^2] + n.ToString(CultureInfo.InvariantCulture)).Where(n => !used.Contains(n)).ToList();
    }

    private static JsonObject FreeNumber(string number) => new()
    {
        ["phoneNumber"] = number,
        ["state"] = "ACTIVE",
        ["isMainNumber"] = false,
        ["tollFreeNumber"] = false,
        ["telephonyType"] = "PSTN_NUMBER",
        ["isServiceNumber"] = false,
    };

    private static IResult PersonNumbers(HttpContext context, SimulatorState state, string personId, bool owned)
    {
        string? filter = context.Request.Query["phoneNumber"];
        lock (state.Sync)
        {
            var person = SettingsOwners.Resolve(context, state, personId, out var error);
            if (person is null) return error!;
            if (person.Location is null) return SimResults.BadRequest(context, "The person is not a Webex Calling user.");
            List<JsonObject> numbers;
            if (owned)
            {
                numbers = [];
                foreach (var p in state.People.Values.Where(p => p.Location == person.Location))
                    foreach (var n in p.PhoneNumbers)
                    {
                        var json = FreeNumber(n.Value);
                        JsonBody.Put(json, "extension", p.Extension);
                        var owner = new JsonObject { ["id"] = p.Id, ["type"] = "PEOPLE" };
                        JsonBody.Put(owner, "firstName", p.FirstName);
                        JsonBody.Put(owner, "lastName", p.LastName);
                        JsonBody.Put(owner, "displayName", p.DisplayName);
                        json["owner"] = owner;
                        numbers.Add(json);
                    }
            }
            else
            {
                numbers = FreeNumbers(state, person.Location).Select(FreeNumber).ToList();
            }
            numbers = FilterByPhoneNumber(numbers, filter);
            return Paging.Page(context, state, numbers, n => n, itemsKey: "phoneNumbers");
        }
    }

    /// <summary>
    /// The reference's <c>phoneNumber</c> filter of available-number lists (people and call queues): a comma-separated
    /// list; a number matches any entry (part of it); no entries, no filter.
    /// </summary>
    internal static List<JsonObject> FilterByPhoneNumber(List<JsonObject> numbers, string? filter)
    {
        var wanted = filter?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        if (wanted.Length == 0) return numbers;
        return numbers.Where(n => wanted.Any(w => JsonBody.String(n, "phoneNumber")!.Contains(w, StringComparison.Ordinal))).ToList();
    }

    private static IResult LocationNumbers(HttpContext context, SimulatorState state, string? locationId)
    {
        locationId ??= context.Request.Query["locationId"];
        lock (state.Sync)
        {
            IEnumerable<LocationRecord> locations = state.Locations.Values;
            if (locationId is not null)
            {
                var location = LocationsEndpoints.Resolve(context, state, locationId, out var error);
                if (location is null) return error!;
                locations = [location];
            }
            var numbers = FilterByPhoneNumber(locations.SelectMany(l => FreeNumbers(state, l)).Select(FreeNumber).ToList(),
                context.Request.Query["phoneNumber"]);
            return Paging.Page(context, state, numbers, n => n, itemsKey: "phoneNumbers");
        }
    }

    private static IResult ReadNumbers(HttpContext context, SimulatorState state, string personId)
    {
        lock (state.Sync)
        {
            var person = SettingsOwners.Resolve(context, state, personId, out var error);
            if (person is null) return error!;
            var stored = state.Area<PersonSettingsStore>().Find(person.Uuid, "numbers");
            var list = new JsonArray();
            foreach (var n in person.PhoneNumbers)
            {
                var json = new JsonObject { ["primary"] = n.Primary, ["directNumber"] = n.Value };
                if (n.Primary) JsonBody.Put(json, "extension", person.Extension);
                json["ringPattern"] = "NORMAL";
                list.Add(json);
            }
            if (person.PhoneNumbers.Count == 0 && person.Extension is not null)
                list.Add(new JsonObject { ["primary"] = true, ["extension"] = person.Extension, ["ringPattern"] = "NORMAL" });
            foreach (var alternate in (stored?["alternates"] as JsonArray ?? []).OfType<JsonObject>()) list.Add(alternate.DeepClone());
            return SimResults.Json(new JsonObject
            {
                ["distinctiveRingEnabled"] = JsonBody.Bool(stored ?? [], "distinctiveRingEnabled") ?? false,
                ["phoneNumbers"] = list,
            });
        }
    }

    /// <summary>Adds or deletes alternate numbers (<c>action</c> ADD/DELETE) and sets distinctive ring.</summary>
    private static Task<IResult> UpdateNumbersAsync(HttpContext context, SimulatorState state, string personId) =>
        PersonSettingsExtras.WithBodyAsync(context, state, personId, (person, body) =>
        {
            var store = state.Area<PersonSettingsStore>();
            var stored = (JsonObject?)store.Find(person.Uuid, "numbers")?.DeepClone() ?? new JsonObject { ["alternates"] = new JsonArray() };
            var alternates = (JsonArray)stored["alternates"]!;
            if (body.ContainsKey("distinctiveRingEnabled"))
            {
                if (JsonBody.Bool(body, "distinctiveRingEnabled") is not { } ring)
                    return SimResults.BadRequest(context, "Invalid value for field 'distinctiveRingEnabled'.");
                stored["distinctiveRingEnabled"] = ring;
            }
            if (body["phoneNumbers"] is not JsonArray changes) return SimResults.BadRequest(context, "Missing required field(s): phoneNumbers.");
            foreach (var change in changes.OfType<JsonObject>())
            {
                // the 2026 schema names it directNumber; wxc_sdk sends external (which Webex accepts), older clients externalNumber
                string? number = JsonBody.String(change, "directNumber") ?? JsonBody.String(change, "external")
                    ?? JsonBody.String(change, "externalNumber");
                string? extension = JsonBody.String(change, "extension");
                if (number is null && extension is null) return SimResults.BadRequest(context, "A number needs directNumber or extension.");
                var existing = alternates.OfType<JsonObject>().FirstOrDefault(a =>
                    (number is not null && JsonBody.String(a, "directNumber") == number) || (number is null && JsonBody.String(a, "extension") == extension));
                switch (JsonBody.String(change, "action"))
                {
                    case "ADD":
                        if (existing is not null || (number is not null && NumbersInUse(state).Contains(number)))
                            return SimResults.BadRequest(context, $"Number {number ?? extension} is already in use.");
                        var json = new JsonObject { ["primary"] = false };
                        JsonBody.Put(json, "directNumber", number);
                        JsonBody.Put(json, "extension", extension);
                        json["ringPattern"] = JsonBody.String(change, "ringPattern") ?? "NORMAL";
                        alternates.Add(json);
                        break;
                    case "DELETE":
                        if (existing is null) return SimResults.NotFound(context, $"Number {number ?? extension} is not a number of this person.");
                        alternates.Remove(existing);
                        break;
                    default:
                        return SimResults.BadRequest(context, "Each phone number needs an action: ADD or DELETE.");
                }
            }
            store.Save(person.Uuid, "numbers", stored);
            return null;
        });
}
