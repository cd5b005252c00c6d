using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.Resources;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// The organisation's phone numbers: the inventory per location (<see cref="NumberInventory"/>), whose owners are
/// computed from the live state (people, call queues, and every generated feature collection item with a number or
/// extension); the numbers list with its filters and counts; adding, activating and removing a location's numbers;
/// the available-number lists of locations, hunt groups and auto attendants; validating numbers and extensions; test
/// call routing and the click-to-call token.
/// </summary>
internal static partial class NumbersEndpoints
{
    private const string Location = "/telephony/config/locations/{locationId}";

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapGet("/telephony/config/numbers", (HttpContext context) => List(context, state));
        app.MapPost($"{Location}/numbers", (HttpContext context, string locationId) => AddAsync(context, state, locationId));
        app.MapPut($"{Location}/numbers", (HttpContext context, string locationId) => ManageStateAsync(context, state, locationId));
        app.MapDelete($"{Location}/numbers", (HttpContext context, string locationId) => RemoveAsync(context, state, locationId));

        // the location's lists: free numbers, or numbers with owners
        app.MapGet($"{Location}/availableNumbers", (HttpContext context, string locationId) =>
            Available(context, state, locationId, n => n.Owner is null && !n.Record.Mobile));
        app.MapGet($"{Location}/webexGo/availableNumbers", (HttpContext context, string locationId) =>
            Available(context, state, locationId, n => n.Owner is null && !n.Record.Mobile && !n.Record.TollFree, owners: false));
        app.MapGet($"{Location}/emergencyCallbackNumber/availableNumbers", (HttpContext context, string locationId) =>
            Available(context, state, locationId, n => n.Owner?.Type is "PEOPLE" or "PLACE" or "VIRTUAL_LINE" or "HUNT_GROUP"));
        app.MapGet($"{Location}/chargeNumber/availableNumbers", (HttpContext context, string locationId) =>
            Available(context, state, locationId, n => n.Record.State == "ACTIVE" && (n.Owner is not null || n.Main)));
        app.MapGet($"{Location}/callIntercept/availableNumbers", (HttpContext context, string locationId) =>
            Available(context, state, locationId, n => n.Owner is not null));
        // the features' primary and alternate numbers: the location's free numbers (their descriptions say sim: hand)
        foreach (var feature in new[] { "huntGroups", "autoAttendants" })
            foreach (var list in new[] { "availableNumbers", "alternate/availableNumbers" })
                app.MapGet($"{Location}/{feature}/{list}", (HttpContext context, string locationId) =>
                    Available(context, state, locationId, n => n.Owner is null && !n.Main && !n.Record.Mobile, owners: false));

        app.MapPost("/telephony/config/actions/validateNumbers/invoke", (Func<HttpContext, Task<IResult>>)(context => ValidateNumbersAsync(context, state)));
        app.MapPost("/telephony/config/actions/validateExtensions/invoke", (Func<HttpContext, Task<IResult>>)(context => ValidateExtensionsAsync(context, state, null)));
        app.MapPost($"{Location}/actions/validateExtensions/invoke", (HttpContext context, string locationId) =>
            ValidateExtensionsAsync(context, state, locationId));
        app.MapPost("/telephony/config/actions/testCallRouting/invoke", (Func<HttpContext, Task<IResult>>)(context => TestCallRoutingAsync(context, state)));
        app.MapPost("/telephony/click2call/callToken", (Func<HttpContext, Task<IResult>>)(context => CallTokenAsync(context, state)));
    }

    /// <summary>
    /// Demo location n (1-based) has its main number n00, its people's n01–n08, the free DIDs n50–n69, the numbers
    /// of its block that seeded features use (a call queue's n99, the hunt group's n97, the auto attendant's n96, the
    /// paging group's n85, the voicemail group's n86), and two toll-free numbers +1888555n91 (active) and n92 (inactive).
    /// </summary>
    public static void SeedDemoOrg(SimulatorState state, DemoOrgContext demo)
    {
        var inventory = state.Area<NumberInventory>();
        // the numbers the areas seeded before this one use (SimulatorAreas seeds the numbers after the features)
        var used = Owners(state).Where(o => o.PhoneNumber is not null).Select(o => o.PhoneNumber!).ToHashSet(StringComparer.Ordinal);
        for (int l = 0; l < demo.Locations.Count; l++)
        {
            var location = demo.Locations[l];
            if (location.MainNumber is not { Length: > 4 } main) continue;
            string block = main[..^4];
            int n = (l + 1) * 100;
            foreach (int i in Enumerable.Range(0, 9).Concat(Enumerable.Range(50, 20)))
                inventory.Add(new NumberRecord(block + (n + i).ToString("D4", CultureInfo.InvariantCulture), location));
            // the numbers of the block that the features seeded before (call queues n99, hunt groups n97, ...) use
            foreach (int i in Enumerable.Range(9, 41).Concat(Enumerable.Range(70, 30)))
                if (used.Contains(block + (n + i).ToString("D4", CultureInfo.InvariantCulture)))
                    inventory.Add(new NumberRecord(block + (n + i).ToString("D4", CultureInfo.InvariantCulture), location));
            inventory.Add(new NumberRecord("+1888555" + (n + 91).ToString("D4", CultureInfo.InvariantCulture), location) { TollFree = true });
            inventory.Add(new NumberRecord("+1888555" + (n + 92).ToString("D4", CultureInfo.InvariantCulture), location)
            {
                TollFree = true,
                State = "INACTIVE",
            });
        }
    }

    // ---- owners ------------------------------------------------------------------------------------------------------

    /// <summary>Who has a number or extension: a person, a workspace, a virtual line, a call queue or another feature.</summary>
    internal sealed record Owner(string Id, string Type, LocationRecord? Location, string? PhoneNumber, string? Extension,
        string? FirstName, string? LastName, string? DisplayName, string NumberType = "PRIMARY");

    /// <summary>
    /// Every number and extension in use, computed from the live state: people (their numbers, extension and
    /// alternate numbers), Webex Calling workspaces, virtual lines, call queues, and every item of a generated location-level collection that carries a
    /// <c>phoneNumber</c>, <c>extension</c> or <c>alternateNumbers</c> (hunt groups, auto attendants and the features
    /// described later), typed by the collection's id kind, and the hand-written paging and voicemail groups. Call
    /// under the state lock.
    /// </summary>
    internal static List<Owner> Owners(SimulatorState state)
    {
        var owners = new List<Owner>();
        var settings = state.Area<PersonSettingsStore>();
        foreach (var p in state.People.Values.Where(p => p.Location is not null))
        {
            var primary = p.PhoneNumbers.FirstOrDefault(n => n.Primary) ?? p.PhoneNumbers.FirstOrDefault();
            if (primary is not null || p.Extension is not null)
                owners.Add(new Owner(p.Id, "PEOPLE", p.Location, primary?.Value, p.Extension, p.FirstName, p.LastName, p.DisplayName));
            foreach (var other in p.PhoneNumbers.Where(n => n != primary))
                owners.Add(new Owner(p.Id, "PEOPLE", p.Location, other.Value, null, p.FirstName, p.LastName, p.DisplayName, "ALTERNATE"));
            foreach (var alternate in (settings.Find(p.Uuid, "numbers")?["alternates"] as JsonArray ?? []).OfType<JsonObject>())
                if (JsonBody.String(alternate, "directNumber") is { } number)
                    owners.Add(new Owner(p.Id, "PEOPLE", p.Location, number, JsonBody.String(alternate, "extension"), p.FirstName,
                        p.LastName, p.DisplayName, "ALTERNATE"));
        }
        foreach (var q in state.Area<CallQueueStore>().Queues.Values)
            if (q.PhoneNumber is not null || q.Extension is not null)
                owners.Add(new Owner(q.Id, "CALL_QUEUE", q.Location, q.PhoneNumber, q.Extension, null, null, q.Name));
        // the hand-written location features with numbers (LocationFeatures): paging and voicemail groups
        foreach (var f in state.Area<LocationFeatureStore>().All)
        {
            string? type = f.Kind switch
            {
                LocationFeatures.PagingGroup => "GROUP_PAGING",
                LocationFeatures.VoicemailGroup => "VOICEMAIL_GROUP",
                _ => null,
            };
            if (type is null) continue;
            if (f.PhoneNumber is not null || f.Extension is not null)
                owners.Add(new Owner(f.Id, type, f.Location, f.PhoneNumber, f.Extension, null, null, f.Name));
            if (f.Body["faxMessage"] is JsonObject fax && JsonBody.String(fax, "phoneNumber") is { } faxNumber)
                owners.Add(new Owner(f.Id, type, f.Location, faxNumber, null, null, null, f.Name, "FAX"));
        }
        var entities = state.Area<OwnerEntities>();
        foreach (var w in entities.Workspaces.Values.Where(w => w.WebexCalling && (w.PhoneNumber is not null || w.Extension is not null)))
            owners.Add(new Owner(w.Id, WebexIds.Workspace, w.Location, w.PhoneNumber, w.Extension, null, null, w.DisplayName));
        foreach (var w in entities.Workspaces.Values.Where(w => w.WebexCalling))
            foreach (var alternate in w.AlternateNumbers)
                owners.Add(new Owner(w.Id, WebexIds.Workspace, w.Location, alternate.PhoneNumber, alternate.Extension, null, null,
                    w.DisplayName, "ALTERNATE"));
        foreach (var v in entities.VirtualLines.Values.Where(v => v.PhoneNumber is not null || v.Extension is not null))
            owners.Add(new Owner(v.Id, WebexIds.VirtualLine, v.Location, v.PhoneNumber, v.Extension, v.FirstName, v.LastName, v.DisplayName));
        var store = state.Area<ResourceStore>();
        foreach (var route in SimulatorRoutes.Collections.Where(r => PlaceholderPattern().Count(r.Path) == 1 && r.Path.Contains("{locationId}", StringComparison.Ordinal)))
            foreach (var item in store.Items(route.Path).Values)
            {
                var body = item.Body;
                string type = route.IdKind;
                var location = state.FindLocation(item.Parents.GetValueOrDefault("locationId"));
                string? name = JsonBody.String(body, "name") ?? JsonBody.String(body, "displayName");
                string? first = JsonBody.String(body, "firstName");
                string? last = JsonBody.String(body, "lastName");
                string? number = JsonBody.String(body, "phoneNumber");
                string? extension = JsonBody.String(body, "extension");
                if (number is not null || extension is not null)
                    owners.Add(new Owner(item.Id, type, location, number, extension, first, last, name));
                foreach (var alternate in (body["alternateNumbers"] as JsonArray ?? []).OfType<JsonObject>())
                    if (JsonBody.String(alternate, "phoneNumber") is { } alt)
                        owners.Add(new Owner(item.Id, type, location, alt, null, first, last, name, "ALTERNATE"));
            }
        return owners;
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex PlaceholderPattern();

    /// <summary>
    /// The inventory's unassigned DIDs of a location (not its main number, not toll-free or mobile), in order; null
    /// when the inventory has no numbers for the location (a location created later: the caller keeps its own rule).
    /// </summary>
    internal static List<string>? Unassigned(SimulatorState state, LocationRecord location)
    {
        var inventory = state.Area<NumberInventory>();
        if (!inventory.Has(location)) return null;
        var used = Owners(state).Where(o => o.PhoneNumber is not null).Select(o => o.PhoneNumber!).ToHashSet(StringComparer.Ordinal);
        return inventory.Of(location).Where(n => !n.TollFree && !n.Mobile && n.Number != location.MainNumber && !used.Contains(n.Number))
            .Select(n => n.Number).ToList();
    }

    /// <summary>A number of the inventory (or in use outside it) with its owner and whether it is its location's main number.</summary>
    private sealed record Entry(NumberRecord Record, Owner? Owner, bool Main);

    /// <summary>
    /// The numbers list's entries: every inventory number with its owner, the numbers owners use that the inventory
    /// lacks (people created with any number), then the extensions without a number.
    /// </summary>
    private static List<(Entry? Number, Owner? ExtensionOnly)> Entries(SimulatorState state, List<Owner> owners)
    {
        var inventory = state.Area<NumberInventory>();
        var byNumber = new Dictionary<string, Owner>(StringComparer.Ordinal);
        foreach (var o in owners)
            if (o.PhoneNumber is not null) byNumber.TryAdd(o.PhoneNumber, o);
        var entries = new List<(Entry?, Owner?)>();
        foreach (var record in inventory.Numbers.Values)
            entries.Add((new Entry(record, byNumber.GetValueOrDefault(record.Number), record.Location.MainNumber == record.Number), null));
        foreach (var (number, owner) in byNumber)
            if (inventory.Find(number) is null && owner.Location is not null)
                entries.Add((new Entry(new NumberRecord(number, owner.Location), owner, owner.Location.MainNumber == number), null));
        foreach (var o in owners.Where(o => o.PhoneNumber is null && o.Extension is not null && o.Location is not null))
            entries.Add((null, o));
        return entries;
    }

    private static JsonObject OwnerJson(Owner o, bool displayName)
    {
        var json = new JsonObject { ["id"] = o.Id, ["type"] = o.Type };
        // features carry their name as the last name where no calling names were given
        JsonBody.Put(json, "firstName", o.FirstName ?? (o.Type == "PEOPLE" ? null : o.DisplayName));
        JsonBody.Put(json, "lastName", o.LastName ?? (o.Type == "PEOPLE" ? null : o.DisplayName));
        if (displayName) JsonBody.Put(json, "displayName", o.DisplayName);
        return json;
    }

    private static JsonObject ListJson(Entry? entry, Owner? extensionOnly)
    {
        var owner = entry?.Owner ?? extensionOnly!;
        var location = entry?.Record.Location ?? extensionOnly!.Location!;
        var json = new JsonObject();
        JsonBody.Put(json, "phoneNumber", entry?.Record.Number);
        JsonBody.Put(json, "extension", owner?.Extension);
        json["state"] = entry?.Record.State ?? "ACTIVE";
        json["phoneNumberType"] = owner?.NumberType ?? "PRIMARY";
        json["mainNumber"] = entry?.Main ?? false;
        json["includedTelephonyTypes"] = entry?.Record.Mobile == true ? "MOBILE_NUMBER" : "PSTN_NUMBER";
        json["tollFreeNumber"] = entry?.Record.TollFree ?? false;
        json["isServiceNumber"] = entry?.Record.Service ?? false;
        json["location"] = new JsonObject { ["id"] = location.Id, ["name"] = location.Name };
        if (owner is not null) json["owner"] = OwnerJson(owner, displayName: false);
        return json;
    }

    // ---- GET /telephony/config/numbers -------------------------------------------------------------------------------

    private static IResult List(HttpContext context, SimulatorState state)
    {
        var q = context.Request.Query;
        bool? Flag(string name) => q[name].ToString() switch { "true" => true, "false" => false, _ => null };
        string? Text(string name) => string.IsNullOrEmpty(q[name]) ? null : q[name].ToString();
        bool? available = Flag("available");
        string? ownerType = Text("ownerType");
        string? numberType = Text("numberType");
        string? state_ = Text("state");
        if (available == true && ownerType is not null)
            return SimResults.BadRequest(context, "available=true cannot be combined with ownerType.");
        if (numberType == "EXTENSION" && (available is not null || state_ is not null))
            return SimResults.BadRequest(context, "available and state cannot be combined with numberType=EXTENSION.");
        if (numberType is not null and not ("NUMBER" or "EXTENSION"))
            return SimResults.BadRequest(context, $"Invalid value for parameter 'numberType': '{numberType}'.");
        lock (state.Sync)
        {
            if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
            LocationRecord? location = null;
            if (Text("locationId") is { } locationId && (location = state.FindLocation(locationId)) is null)
                return SimResults.NotFound(context, "Location not found.");
            var owners = Owners(state);
            var all = Entries(state, owners);
            IEnumerable<(Entry? Number, Owner? ExtensionOnly)> items = all;
            Owner? OwnerOf((Entry? Number, Owner? ExtensionOnly) e) => e.Number?.Owner ?? e.ExtensionOnly;
            if (location is not null) items = items.Where(e => (e.Number?.Record.Location ?? e.ExtensionOnly!.Location) == location);
            if (Text("phoneNumber") is { } phoneNumber)
                items = items.Where(e => e.Number?.Record.Number.Contains(phoneNumber, StringComparison.Ordinal) == true);
            if (available is { } a) items = items.Where(e => e.Number is not null && (OwnerOf(e) is null) == a);
            if (Text("ownerName") is { } ownerName)
                items = items.Where(e => OwnerOf(e) is { } o && new[] { o.FirstName, o.LastName, o.DisplayName, $"{o.FirstName} {o.LastName}" }
                    .Any(n => n?.Contains(ownerName, StringComparison.OrdinalIgnoreCase) == true));
            if (Text("ownerId") is { } ownerId) items = items.Where(e => OwnerOf(e)?.Id == ownerId);
            if (ownerType is not null) items = items.Where(e => OwnerOf(e)?.Type == ownerType);
            if (Text("extension") is { } extension) items = items.Where(e => OwnerOf(e)?.Extension == extension);
            if (numberType == "NUMBER") items = items.Where(e => e.Number is not null);
            if (numberType == "EXTENSION") items = items.Where(e => e.Number is null);
            if (Text("phoneNumberType") is { } use) items = items.Where(e => e.Number is not null && (OwnerOf(e)?.NumberType ?? "PRIMARY") == use);
            if (state_ is not null) items = items.Where(e => e.Number?.Record.State == state_);
            if (Flag("tollFreeNumbers") == true) items = items.Where(e => e.Number?.Record.TollFree == true);
            if (Flag("restrictedNonGeoNumbers") == true) items = items.Where(_ => false); // the simulator has none
            if (Flag("serviceNumber") is { } service) items = items.Where(e => (e.Number?.Record.Service ?? false) == service);
            if (Text("includedTelephonyTypes") is { } telephony)
                items = items.Where(e => (e.Number?.Record.Mobile == true ? "MOBILE_NUMBER" : "PSTN_NUMBER") == telephony);
            var list = Order(items, Text("order")).ToList();
            Action<JsonObject>? decorate = Flag("details") == true ? body => body["count"] = Counts(all) : null;
            return Paging.Page(context, state, list, e => ListJson(e.Number, e.ExtensionOnly), "phoneNumbers",
                defaultMax: 2000, endpointCap: 2000, decorate: decorate);
        }
    }

    private static IEnumerable<(Entry? Number, Owner? ExtensionOnly)> Order(IEnumerable<(Entry? Number, Owner? ExtensionOnly)> items, string? order)
    {
        string Number((Entry? Number, Owner? ExtensionOnly) e) => e.Number?.Record.Number ?? "";
        string Extension((Entry? Number, Owner? ExtensionOnly) e) => (e.Number?.Owner ?? e.ExtensionOnly)?.Extension ?? "";
        return order switch
        {
            "lastName" => items.OrderBy(e => (e.Number?.Owner ?? e.ExtensionOnly)?.LastName ?? "\uffff", StringComparer.OrdinalIgnoreCase).ThenBy(Number, StringComparer.Ordinal),
            "extension" => items.OrderBy(e => Extension(e).Length == 0 ? 1 : 0).ThenBy(Extension, StringComparer.Ordinal).ThenBy(Number, StringComparer.Ordinal),
            // by number, then extension (the reference's default; dn is the number)
            _ => items.OrderBy(e => Number(e).Length == 0 ? 1 : 0).ThenBy(Number, StringComparer.Ordinal).ThenBy(Extension, StringComparer.Ordinal),
        };
    }

    private static JsonObject Counts(List<(Entry? Number, Owner? ExtensionOnly)> all)
    {
        var numbers = all.Where(e => e.Number is not null).Select(e => e.Number!).ToList();
        return new JsonObject
        {
            ["assigned"] = numbers.Count(n => n.Owner is not null),
            ["unAssigned"] = numbers.Count(n => n.Owner is null),
            ["inActive"] = numbers.Count(n => n.Record.State == "INACTIVE"),
            ["extensionOnly"] = all.Count(e => e.Number is null),
            ["tollFreeNumbers"] = numbers.Count(n => n.Record.TollFree),
            ["total"] = all.Count,
            ["mobileNumber"] = numbers.Count(n => n.Record.Mobile),
            ["serviceNumber"] = numbers.Count(n => n.Record.Service),
        };
    }

    // ---- a location's numbers: add, activate/deactivate, remove ------------------------------------------------------

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex E164();

    private static async Task<IResult> WithNumbersAsync(HttpContext context, SimulatorState state, string locationId,
        Func<LocationRecord, JsonObject, List<string>, IResult> apply)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            var location = LocationsEndpoints.Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
            if (body is null) return bodyError!;
            if (JsonBody.Strings(body, "phoneNumbers") is not { Count: > 0 } numbers)
                return SimResults.BadRequest(context, "Missing required field(s): phoneNumbers.");
            if (numbers.FirstOrDefault(n => !E164().IsMatch(n)) is { } invalid)
                return SimResults.BadRequest(context, $"Invalid phone number: '{invalid}'; phone numbers must be in E.164 format.");
            return apply(location, body, numbers);
        }
    }

    private static Task<IResult> AddAsync(HttpContext context, SimulatorState state, string locationId) =>
        WithNumbersAsync(context, state, locationId, (location, body, numbers) =>
        {
            var inventory = state.Area<NumberInventory>();
            string numberType = JsonBody.String(body, "numberType") ?? "DID";
            if (numberType is not ("DID" or "TOLLFREE" or "MOBILE"))
                return SimResults.BadRequest(context, $"Invalid value for field 'numberType': '{numberType}'.");
            if (numberType == "MOBILE" && numbers.Count > 20)
                return SimResults.BadRequest(context, "At most 20 mobile numbers can be added per request.");
            string newState = JsonBody.String(body, "state") ?? "ACTIVE";
            if (newState is not ("ACTIVE" or "INACTIVE"))
                return SimResults.BadRequest(context, $"Invalid value for field 'state': '{newState}'.");
            var inUse = Owners(state).Where(o => o.PhoneNumber is not null).ToDictionary(o => o.PhoneNumber!, o => o, StringComparer.Ordinal);
            // numbers the location has already are ignored; a number elsewhere in the organisation is refused, all or nothing
            foreach (string number in numbers.Distinct(StringComparer.Ordinal))
            {
                var existing = inventory.Find(number);
                if (existing is not null && existing.Location != location)
                    return SimResults.BadRequest(context, $"Phone number {number} is already in use in location {existing.Location.Name}.");
                if (existing is null && inUse.TryGetValue(number, out var owner) && owner.Location != location)
                    return SimResults.BadRequest(context, $"Phone number {number} is already in use.");
            }
            foreach (string number in numbers.Distinct(StringComparer.Ordinal).Where(n => inventory.Find(n) is null))
                inventory.Add(new NumberRecord(number, location)
                {
                    State = newState,
                    TollFree = numberType == "TOLLFREE",
                    Mobile = numberType == "MOBILE",
                    Service = JsonBody.String(body, "numberUsageType") == "SERVICE",
                });
            return Results.StatusCode(StatusCodes.Status201Created);
        });

    /// <summary>The first number that is not one of the location's, as Webex's error; null when all are.</summary>
    private static IResult? NotInLocation(HttpContext context, SimulatorState state, LocationRecord location, List<string> numbers)
    {
        var inventory = state.Area<NumberInventory>();
        return numbers.FirstOrDefault(n => inventory.Find(n)?.Location != location) is { } missing
            ? SimResults.BadRequest(context, $"Phone number {missing} does not belong to location {location.Name}.")
            : null;
    }

    private static Task<IResult> ManageStateAsync(HttpContext context, SimulatorState state, string locationId) =>
        WithNumbersAsync(context, state, locationId, (location, body, numbers) =>
        {
            string action = JsonBody.String(body, "action") ?? "ACTIVATE";
            if (action is not ("ACTIVATE" or "DEACTIVATE"))
                return SimResults.BadRequest(context, $"Invalid value for field 'action': '{action}'.");
            if (NotInLocation(context, state, location, numbers) is { } error) return error;
            var inventory = state.Area<NumberInventory>();
            if (numbers.FirstOrDefault(n => inventory.Find(n)!.Mobile) is { } mobile)
                return SimResults.BadRequest(context, $"Mobile number {mobile} cannot be activated or deactivated: it is active once assigned.");
            foreach (string number in numbers) inventory.Find(number)!.State = action == "ACTIVATE" ? "ACTIVE" : "INACTIVE";
            return SimResults.NoContent();
        });

    private static Task<IResult> RemoveAsync(HttpContext context, SimulatorState state, string locationId) =>
        WithNumbersAsync(context, state, locationId, (location, _, numbers) =>
        {
            if (NotInLocation(context, state, location, numbers) is { } error) return error;
            if (numbers.Contains(location.MainNumber ?? "", StringComparer.Ordinal))
                return SimResults.BadRequest(context, $"Phone number {location.MainNumber} is the location's main number and cannot be removed.");
            var owners = Owners(state);
            if (owners.FirstOrDefault(o => o.PhoneNumber is not null && numbers.Contains(o.PhoneNumber)) is { } owner)
                return SimResults.BadRequest(context, $"Phone number {owner.PhoneNumber} is assigned and cannot be removed; unassign it first.");
            var inventory = state.Area<NumberInventory>();
            foreach (string number in numbers) inventory.Numbers.Remove(number);
            return SimResults.NoContent();
        });

    // ---- available numbers -------------------------------------------------------------------------------------------

    /// <summary>
    /// A location's numbers for one purpose (<paramref name="keep"/>), in the reference's available-number shape, with
    /// the <c>phoneNumber</c> (comma-separated), <c>ownerName</c> and <c>extension</c> filters and Link pages.
    /// </summary>
    private static IResult Available(HttpContext context, SimulatorState state, string locationId, Func<Entry, bool> keep,
        bool owners = true)
    {
        lock (state.Sync)
        {
            var location = LocationsEndpoints.Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
            var entries = Entries(state, Owners(state)).Where(e => e.Number?.Record.Location == location).Select(e => e.Number!)
                .Where(keep).ToList();
            if (!state.Area<NumberInventory>().Has(location))
                // a location the inventory does not know (created later): its free numbers by the person settings' rule
                entries.AddRange(PersonSettingsNumbers.FreeNumbers(state, location).Select(n => new Entry(new NumberRecord(n, location), null, false)).Where(keep));
            var q = context.Request.Query;
            if (!string.IsNullOrEmpty(q["ownerName"]))
                entries = entries.Where(e => e.Owner is { } o && new[] { o.FirstName, o.LastName, o.DisplayName }
                    .Any(n => n?.Contains(q["ownerName"].ToString(), StringComparison.OrdinalIgnoreCase) == true)).ToList();
            if (!string.IsNullOrEmpty(q["extension"])) entries = entries.Where(e => e.Owner?.Extension == q["extension"].ToString()).ToList();
            var json = entries.Select(e => AvailableJson(e, owners)).ToList();
            json = PersonSettingsNumbers.FilterByPhoneNumber(json, q["phoneNumber"]);
            return Paging.Page(context, state, json, n => n, "phoneNumbers", defaultMax: 2000, endpointCap: 2000);
        }
    }

    private static JsonObject AvailableJson(Entry e, bool owners)
    {
        var json = new JsonObject { ["phoneNumber"] = e.Record.Number };
        JsonBody.Put(json, "extension", e.Owner?.Extension);
        json["state"] = e.Record.State;
        json["isMainNumber"] = e.Main;
        json["tollFreeNumber"] = e.Record.TollFree;
        json["telephonyType"] = e.Record.Mobile ? "MOBILE_NUMBER" : "PSTN_NUMBER";
        json["isServiceNumber"] = e.Record.Service;
        if (owners && e.Owner is not null) json["owner"] = OwnerJson(e.Owner, displayName: true);
        return json;
    }

    // ---- validation --------------------------------------------------------------------------------------------------

    private static readonly string[] TollFreeCodes = ["800", "833", "844", "855", "866", "877", "888"];

    /// <summary>A number in E.164; US numbers may come in national format (10 digits, or 11 starting with 1).</summary>
    private static string? Normalize(string number)
    {
        string digits = number.Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (E164().IsMatch(digits)) return digits;
        if (digits.Length == 10 && digits.All(char.IsAsciiDigit) && digits[0] is >= '2' and <= '9') return "+1" + digits;
        if (digits.Length == 11 && digits[0] == '1' && digits.All(char.IsAsciiDigit)) return "+" + digits;
        return null;
    }

    private static async Task<IResult> ValidateNumbersAsync(HttpContext context, SimulatorState state)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null) return bodyError!;
        if (JsonBody.Strings(body, "phoneNumbers") is not { Count: > 0 } numbers)
            return SimResults.BadRequest(context, "Missing required field(s): phoneNumbers.");
        lock (state.Sync)
        {
            var inventory = state.Area<NumberInventory>();
            var used = Owners(state).Where(o => o.PhoneNumber is not null).Select(o => o.PhoneNumber!).ToHashSet(StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var results = new JsonArray();
            bool ok = true;
            foreach (string raw in numbers)
            {
                string? number = Normalize(raw);
                var json = new JsonObject { ["number"] = raw };
                (string status, string? detail) = number switch
                {
                    null => ("Invalid", $"[Error 8360] Invalid phone number: {raw}"),
                    _ when !seen.Add(number) => ("Duplicate In List", $"[Error 8362] The number is in the list more than once: {raw}"),
                    _ when inventory.Find(number) is not null || used.Contains(number) => ("Duplicate", $"[Error 8363] The number exists in the organization already: {raw}"),
                    _ => ("Available", null),
                };
                json["state"] = status;
                json["tollFreeNumber"] = number is not null && number.StartsWith("+1", StringComparison.Ordinal) && TollFreeCodes.Contains(number[2..5]);
                if (detail is not null) json["detail"] = new JsonArray(detail);
                ok &= status == "Available";
                results.Add(json);
            }
            return SimResults.Json(new JsonObject { ["status"] = ok ? "OK" : "ERRORS", ["numbers"] = results });
        }
    }

    private static readonly string[] EmergencyNumbers = ["911", "933", "112"];

    /// <summary>
    /// Checks extensions: digits only (4910), not an emergency number (4911), 2 to 10 digits, not twice in the list
    /// (9498); for a location, also not in use by a person or feature of the location (9495).
    /// </summary>
    private static async Task<IResult> ValidateExtensionsAsync(HttpContext context, SimulatorState state, string? locationId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            LocationRecord? location = null;
            if (locationId is not null && (location = LocationsEndpoints.Resolve(context, state, locationId, out var error)) is null)
                return error!;
            if (body is null) return bodyError!;
            if (JsonBody.Strings(body, "extensions") is not { Count: > 0 } extensions)
                return SimResults.BadRequest(context, "Missing required field(s): extensions.");
            var inLocation = location is null
                ? []
                : Owners(state).Where(o => o.Location == location && o.Extension is not null)
                    .GroupBy(o => o.Extension!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var results = new JsonArray();
            bool ok = true;
            foreach (string extension in extensions)
            {
                var json = new JsonObject { ["extension"] = extension };
                (string status, int? code, string? message) = extension switch
                {
                    _ when !extension.All(char.IsAsciiDigit) || extension.Length == 0 =>
                        ("INVALID", 4910, "[Error 4910] Invalid extension.  The extension can only contain characters 0-9."),
                    _ when EmergencyNumbers.Contains(extension) =>
                        ("INVALID", 4911, "[Error 4911] Invalid extension.  The extension cannot be an emergency number."),
                    _ when extension.Length is < 2 or > 10 =>
                        ("INVALID", 4910, "[Error 4910] Invalid extension.  The extension must have 2 to 10 digits."),
                    _ when !seen.Add(extension) => ("DUPLICATE_IN_LIST", 9498, null),
                    _ when inLocation.TryGetValue(extension, out var owner) =>
                        ("DUPLICATE", 9495, $"[Error 9495] The extension is not available. It is already assigned to {Kind(owner.Type)}: {extension}."),
                    _ => ("VALID", (int?)null, (string?)null),
                };
                json["state"] = status;
                if (code is not null) json["errorCode"] = code;
                JsonBody.Put(json, "message", message);
                ok &= status == "VALID";
                results.Add(json);
            }
            return SimResults.Json(new JsonObject { ["status"] = ok ? "OK" : "ERRORS", ["extensionStatus"] = results });
        }
    }

    /// <summary><c>HUNT_GROUP</c> -> <c>a Hunt Group</c>, as Webex's messages name an owner kind.</summary>
    private static string Kind(string type) => type switch
    {
        "PEOPLE" => "a User",
        "PLACE" => "a Workspace",
        _ => "a " + CultureInfo.InvariantCulture.TextInfo.ToTitleCase(type.Replace('_', ' ').ToLowerInvariant()),
    };

    // ---- test call routing, click to call ----------------------------------------------------------------------------

    /// <summary>
    /// Routes a dialled string the way the organisation would: a number or extension (or ESN) of a person goes to that
    /// person, of a call queue, hunt group or auto attendant to that feature; 911 and 933 to emergency services; any
    /// other E.164 number to the PSTN; anything else is an unknown extension.
    /// </summary>
    private static async Task<IResult> TestCallRoutingAsync(HttpContext context, SimulatorState state)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null) return bodyError!;
        string? originatorId = JsonBody.String(body, "originatorId");
        string? originatorType = JsonBody.String(body, "originatorType");
        string? destination = JsonBody.String(body, "destination");
        if (originatorId is null || originatorType is null || destination is null)
            return SimResults.BadRequest(context, "Missing required field(s): originatorId, originatorType, destination.");
        if (originatorType is not ("PEOPLE" or "TRUNK"))
            return SimResults.BadRequest(context, $"Invalid value for field 'originatorType': '{originatorType}'.");
        lock (state.Sync)
        {
            LocationRecord? home = null;
            if (originatorType == "PEOPLE")
            {
                var person = state.FindPerson(originatorId);
                if (person is null) return SimResults.NotFound(context, "Originator not found.");
                home = person.Location;
            }
            else
            {
                return SimResults.NotFound(context, "Trunk not found."); // the simulated organisation has no trunks
            }
            var owners = Owners(state);
            string? number = destination.StartsWith('+') ? destination : Normalize(destination) is { } n && destination.Length >= 10 ? n : null;
            var owner = owners.FirstOrDefault(o => number is not null && o.PhoneNumber == number)
                ?? owners.FirstOrDefault(o => o.Extension == destination && o.Location == home)
                ?? owners.FirstOrDefault(o => o.Extension == destination);
            var answer = new JsonObject { ["routingAddress"] = destination, ["isRejected"] = false };
            if (owner is not null)
            {
                var details = new JsonObject();
                answer["routingAddress"] = owner.PhoneNumber ?? owner.Extension;
                if (owner.Type is "PEOPLE" or "PLACE")
                {
                    answer["destinationType"] = "HOSTED_AGENT";
                    details["id"] = owner.Id;
                    details["type"] = owner.Type;
                    details["firstName"] = owner.FirstName ?? "";
                    details["lastName"] = owner.LastName ?? "";
                    answer["hostedAgent"] = details;
                }
                else
                {
                    answer["destinationType"] = "HOSTED_FEATURE";
                    details["type"] = owner.Type;
                    details["name"] = owner.DisplayName ?? "";
                    details["id"] = owner.Id;
                    answer["hostedFeature"] = details;
                }
                details["locationName"] = owner.Location?.Name ?? "";
                details["locationId"] = owner.Location?.Id ?? "";
                JsonBody.Put(details, "phoneNumber", owner.PhoneNumber);
                JsonBody.Put(details, "extension", owner.Extension);
            }
            else if (destination is "911" or "933")
            {
                answer["destinationType"] = "EMERGENCY";
                answer["emergency"] = new JsonObject { ["isRedSky"] = false };
            }
            else if (number is not null)
            {
                answer["destinationType"] = "PSTN_NUMBER";
                answer["routingAddress"] = number;
                answer["pstnNumber"] = new JsonObject();
            }
            else
            {
                answer["destinationType"] = "UNKNOWN_EXTENSION";
                answer["unknownExtension"] = new JsonObject();
            }
            return SimResults.Json(answer);
        }
    }

    /// <summary>A click-to-call token for a guest calling a number (wxc_sdk's shape: <c>{"callToken": …}</c>).</summary>
    private static async Task<IResult> CallTokenAsync(HttpContext context, SimulatorState state)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null) return bodyError!;
        if (string.IsNullOrEmpty(JsonBody.String(body, "calledNumber")))
            return SimResults.BadRequest(context, "Missing required field(s): calledNumber.");
        return SimResults.Json(new JsonObject { ["callToken"] = "C2C_" + state.NewSecret(48) });
    }
}
