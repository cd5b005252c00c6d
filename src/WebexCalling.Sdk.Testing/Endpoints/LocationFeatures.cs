using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.Resources;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// What the hand-written location features (call parks and their extensions, pickup groups, paging groups, voicemail
/// groups) share: finding an item of a location, members given as ids, the extensions and numbers a location already
/// uses, member answers and list filters. Call everything under the state lock.
/// </summary>
internal static class LocationFeatures
{
    public const string CallPark = "CALL_PARK";
    public const string CallParkExtension = "CALL_PARK_EXTENSION";
    public const string CallPickup = "CALL_PICKUP";
    public const string PagingGroup = "PAGING_GROUP";
    public const string VoicemailGroup = "VOICEMAIL_GROUP";

    public const string HuntGroups = "/telephony/config/locations/{locationId}/huntGroups";
    public const string AutoAttendants = "/telephony/config/locations/{locationId}/autoAttendants";

    /// <summary>
    /// An id derived from a name, as Webex makes those of call parks and pickup groups
    /// (<c>ciscospark://us/CALL_PARK/&lt;base64 of the name&gt;</c>): renaming the item changes its id.
    /// </summary>
    public static string NameId(string kind, string name) =>
        Base64Url($"ciscospark://us/{kind}/{Convert.ToBase64String(Encoding.UTF8.GetBytes(name))}");

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The item of a location-scoped path: 400/404 for the location as Webex answers, 404 for the item.</summary>
    public static LocationFeatureRecord? Find(HttpContext context, SimulatorState state, string kind, string locationId,
        string id, string notFound, out IResult? error)
    {
        var location = LocationsEndpoints.Resolve(context, state, locationId, out error);
        if (location is null) return null;
        var item = state.Area<LocationFeatureStore>().Items(kind).FirstOrDefault(i => i.Location == location && i.Id == id);
        if (item is null) error = SimResults.NotFound(context, notFound);
        return item;
    }

    /// <summary>
    /// The people a body's id list names (<c>agents</c>, <c>originators</c>, ...): each a calling user of the location.
    /// Null when the body has no such list; an error answer when an id is not one.
    /// </summary>
    public static List<PersonRecord>? Members(HttpContext context, SimulatorState state, LocationRecord location,
        JsonObject body, string field, out IResult? error)
    {
        error = null;
        if (!body.ContainsKey(field)) return null;
        if (body[field] is not JsonArray ids)
        {
            error = SimResults.BadRequest(context, $"Invalid value for field '{field}': a list of ids.");
            return null;
        }
        var people = new List<PersonRecord>();
        foreach (var node in ids)
        {
            string? id = JsonBody.Text(node);
            var person = state.FindPerson(id);
            if (person is null)
            {
                error = SimResults.BadRequest(context, $"Member '{id}' of '{field}' not found.");
                return null;
            }
            if (person.Location != location)
            {
                error = SimResults.BadRequest(context, $"Member '{id}' of '{field}' is not in location {location.Name}.");
                return null;
            }
            if (!people.Contains(person)) people.Add(person);
        }
        return people;
    }

    /// <summary>A person as call parks and pickup groups answer their agents (the reference's GetPersonPlaceVirtualLine… objects).</summary>
    public static JsonObject Agent(PersonRecord p)
    {
        var json = new JsonObject { ["id"] = p.Id };
        JsonBody.Put(json, "firstName", p.FirstName);
        JsonBody.Put(json, "lastName", p.LastName);
        JsonBody.Put(json, "displayName", p.DisplayName);
        json["type"] = "PEOPLE";
        JsonBody.Put(json, "email", p.Emails.FirstOrDefault());
        var number = new JsonObject();
        JsonBody.Put(number, "external", PersonSettingsCatalog.PrimaryNumber(p));
        JsonBody.Put(number, "extension", p.Extension);
        number["primary"] = true;
        json["numbers"] = new JsonArray(number);
        return json;
    }

    /// <summary>A person as paging groups answer originators and targets (GetPagingGroupAgentObject).</summary>
    public static JsonObject PagingAgent(PersonRecord p)
    {
        var json = new JsonObject { ["id"] = p.Id };
        JsonBody.Put(json, "firstName", p.FirstName);
        JsonBody.Put(json, "lastName", p.LastName);
        json["type"] = "PEOPLE";
        JsonBody.Put(json, "phoneNumber", PersonSettingsCatalog.PrimaryNumber(p));
        JsonBody.Put(json, "extension", p.Extension);
        return json;
    }

    public static JsonArray Array(IEnumerable<JsonObject> items) => new(items.Select(i => (JsonNode)i).ToArray());

    /// <summary>
    /// The extensions a location uses: its people's, its call queues', its hunt groups' and auto attendants'
    /// (generated collections) and those of the hand-kept features (call park extensions, paging and voicemail groups).
    /// </summary>
    public static IEnumerable<(string Extension, object Owner)> ExtensionsIn(SimulatorState state, LocationRecord location)
    {
        foreach (var p in state.People.Values.Where(p => p.Location == location && p.Extension is not null)) yield return (p.Extension!, p);
        foreach (var q in state.Area<CallQueueStore>().Queues.Values.Where(q => q.Location == location && q.Extension is not null))
            yield return (q.Extension!, q);
        foreach (var item in GeneratedItems(state).Where(i => i.Parents.GetValueOrDefault("locationId") == location.Id))
            if (JsonBody.String(item.Body, "extension") is { } e) yield return (e, item);
        foreach (var f in state.Area<LocationFeatureStore>().All.Where(f => f.Location == location && f.Extension is not null))
            yield return (f.Extension!, f);
    }

    /// <summary>
    /// The phone numbers the location features use: hunt groups and auto attendants (generated collections), paging and
    /// voicemail groups (with their fax numbers); PersonSettingsNumbers leaves them out of the free numbers.
    /// </summary>
    public static IEnumerable<string> NumbersInUse(SimulatorState state)
    {
        foreach (var item in GeneratedItems(state))
            if (JsonBody.String(item.Body, "phoneNumber") is { } n) yield return n;
        foreach (var f in state.Area<LocationFeatureStore>().All)
        {
            if (f.PhoneNumber is { } n) yield return n;
            if (f.Body["faxMessage"] is JsonObject fax && JsonBody.String(fax, "phoneNumber") is { } faxNumber) yield return faxNumber;
        }
    }

    private static IEnumerable<ResourceItem> GeneratedItems(SimulatorState state)
    {
        var store = state.Area<ResourceStore>();
        return store.Items(HuntGroups).Values.Concat(store.Items(AutoAttendants).Values);
    }

    /// <summary>
    /// 409 when the body's extension is used elsewhere in the location, or its phone number (or fax number) anywhere;
    /// <paramref name="self"/> is the item being changed.
    /// </summary>
    public static IResult? CheckNumbers(HttpContext context, SimulatorState state, LocationRecord location, JsonObject body, object? self)
    {
        if (JsonBody.String(body, "extension") is { Length: > 0 } extension)
        {
            if (extension.Length is < 2 or > 10 || !extension.All(char.IsAsciiDigit))
                return SimResults.BadRequest(context, $"Invalid extension '{extension}': 2 to 10 digits.");
            if (ExtensionsIn(state, location).Any(e => e.Extension == extension && !ReferenceEquals(e.Owner, self)))
                return SimResults.Conflict(context, $"Extension {extension} is already in use in location {location.Name}.");
        }
        var numbers = new List<string>();
        if (JsonBody.String(body, "phoneNumber") is { Length: > 0 } number) numbers.Add(number);
        if (body["faxMessage"] is JsonObject fax && JsonBody.String(fax, "phoneNumber") is { Length: > 0 } faxNumber) numbers.Add(faxNumber);
        var selfNumbers = self is LocationFeatureRecord own ? NumbersInUse(own) : [];
        foreach (string n in numbers)
        {
            bool used = state.People.Values.Any(p => p.PhoneNumbers.Any(x => x.Value == n))
                        || state.Area<CallQueueStore>().Queues.Values.Any(q => q.PhoneNumber == n)
                        || (NumbersInUse(state).Contains(n) && !selfNumbers.Contains(n));
            if (used) return SimResults.Conflict(context, $"Phone number {n} is already in use.");
        }
        return null;
    }

    private static List<string> NumbersInUse(LocationFeatureRecord f)
    {
        var list = new List<string>();
        if (f.PhoneNumber is { } n) list.Add(n);
        if (f.Body["faxMessage"] is JsonObject fax && JsonBody.String(fax, "phoneNumber") is { } faxNumber) list.Add(faxNumber);
        return list;
    }

    /// <summary>
    /// Available agents narrowed as the reference's <c>name</c> (first, last or display name contains it) and
    /// <c>phoneNumber</c> (the primary number contains it) filters say, sorted by <c>order</c>
    /// (<c>fname|lname|number|extension</c>, a <c>-</c> suffix or <c>desc</c> sorting down).
    /// </summary>
    public static List<PersonRecord> FilterPeople(HttpContext context, IEnumerable<PersonRecord> people)
    {
        var query = context.Request.Query;
        string? name = query["name"];
        string? number = query["phoneNumber"];
        var found = people.Where(p => string.IsNullOrEmpty(name)
                || new[] { p.FirstName, p.LastName, p.DisplayName }.Any(n => n?.Contains(name, StringComparison.OrdinalIgnoreCase) == true))
            .Where(p => string.IsNullOrEmpty(number)
                || (PersonSettingsCatalog.PrimaryNumber(p) ?? "").Contains(number, StringComparison.Ordinal)
                || (p.Extension ?? "") == number)
            .ToList();
        string? order = query["order"];
        if (string.IsNullOrEmpty(order)) return found;
        IOrderedEnumerable<PersonRecord>? sorted = null;
        foreach (string part in order.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(3))
        {
            bool down = part.EndsWith('-') || part.EndsWith(" desc", StringComparison.OrdinalIgnoreCase);
            string field = part.TrimEnd('-').Split(' ')[0].ToLowerInvariant();
            Func<PersonRecord, string> key = field switch
            {
                "fname" => p => p.FirstName ?? "",
                "lname" => p => p.LastName ?? "",
                "number" => p => PersonSettingsCatalog.PrimaryNumber(p) ?? "",
                _ => p => p.Extension ?? "",
            };
            sorted = sorted is null
                ? (down ? found.OrderByDescending(key, StringComparer.Ordinal) : found.OrderBy(key, StringComparer.Ordinal))
                : (down ? sorted.ThenByDescending(key, StringComparer.Ordinal) : sorted.ThenBy(key, StringComparer.Ordinal));
        }
        return sorted?.ToList() ?? found;
    }

    /// <summary>Items whose name contains the <c>name</c> query (case-insensitive), sorted by name with <c>order=DSC</c>.</summary>
    public static List<LocationFeatureRecord> ByName(HttpContext context, IEnumerable<LocationFeatureRecord> items)
    {
        string? name = context.Request.Query["name"];
        var found = items.Where(i => string.IsNullOrEmpty(name) || i.Name?.Contains(name, StringComparison.OrdinalIgnoreCase) == true);
        return context.Request.Query["order"].ToString().ToUpperInvariant() switch
        {
            "DSC" or "DESC" => found.OrderByDescending(i => i.Name, StringComparer.OrdinalIgnoreCase).ToList(),
            "ASC" => found.OrderBy(i => i.Name, StringComparer.OrdinalIgnoreCase).ToList(),
            _ => found.ToList(),
        };
    }

    /// <summary>Organisation-wide lists: the <c>locationId</c> and <c>phoneNumber</c> (number or extension contains it) filters.</summary>
    public static IEnumerable<LocationFeatureRecord> ByLocationAndNumber(HttpContext context, IEnumerable<LocationFeatureRecord> items)
    {
        string? locationId = context.Request.Query["locationId"];
        string? number = context.Request.Query["phoneNumber"];
        return items
            .Where(i => string.IsNullOrEmpty(locationId) || i.Location.Id == locationId)
            .Where(i => string.IsNullOrEmpty(number) || (i.PhoneNumber ?? "").Contains(number, StringComparison.Ordinal)
                        || (i.Extension ?? "").Contains(number, StringComparison.Ordinal));
    }

    /// <summary>The location's unassigned numbers (PersonSettingsNumbers.FreeNumbers) in the reference's available-number shape.</summary>
    public static IResult FreeNumbers(HttpContext context, SimulatorState state, string locationId)
    {
        lock (state.Sync)
        {
            var location = LocationsEndpoints.Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
            var numbers = PersonSettingsNumbers.FreeNumbers(state, location).Select(n => new JsonObject
            {
                ["phoneNumber"] = n,
                ["state"] = "ACTIVE",
                ["isMainNumber"] = false,
                ["telephonyType"] = "PSTN_NUMBER",
                ["tollFreeNumber"] = false,
                ["isServiceNumber"] = false,
            }).ToList();
            numbers = PersonSettingsNumbers.FilterByPhoneNumber(numbers, context.Request.Query["phoneNumber"]);
            return Paging.Page(context, state, numbers, n => n, itemsKey: "phoneNumbers");
        }
    }

    /// <summary>
    /// Fields a create or update may set: the body's fields of <paramref name="allowed"/> merged over
    /// <paramref name="target"/> (nested objects field by field); a value of the wrong JSON kind is 400.
    /// </summary>
    public static IResult? Merge(HttpContext context, JsonObject target, JsonObject body, JsonObject shape, params string[] allowed)
    {
        var picked = new JsonObject();
        foreach (string name in allowed)
            if (body.ContainsKey(name)) picked[name] = body[name]?.DeepClone();
        return PersonSettingsEndpoints.Merge(context, target, shape, picked, [], "");
    }

    // ---- demo organisation: hunt groups and auto attendants (generated collections) ------------------------------

    /// <summary>
    /// Per demo location, into the generated collections: a hunt group (extension and number n97) with two of the
    /// location's people as agents, and an auto attendant (n96) whose business-hours menu dials extensions; the
    /// other features seed after them (a call park recalls to the hunt group).
    /// </summary>
    public static void SeedDemoOrg(SimulatorState state, DemoOrgContext demo)
    {
        var store = state.Area<ResourceStore>();
        foreach (var location in demo.Locations)
        {
            var people = demo.People.Where(p => p.Location == location).ToList();
            if (people.FirstOrDefault() is not { Extension: { Length: > 2 } extension } first) continue;
            string? number = first.PhoneNumbers.FirstOrDefault()?.Value;

            var huntGroup = NewItem(HuntGroups, location);
            huntGroup["name"] = $"{location.Name} hunt group";
            huntGroup["extension"] = extension[..^2] + "97";
            if (number is { Length: > 2 }) huntGroup["phoneNumber"] = number[..^2] + "97";
            huntGroup["enabled"] = true;
            huntGroup["agents"] = Array(CallParkEndpoints.Draw(state, people, 2).Select(p =>
            {
                var agent = PagingAgent(p);
                agent["location"] = new JsonObject { ["id"] = location.Id, ["name"] = location.Name };
                return agent;
            }));
            Add(store, HuntGroups, "HUNT_GROUP", state, location, huntGroup);

            var attendant = NewItem(AutoAttendants, location);
            attendant["name"] = $"{location.Name} reception";
            attendant["extension"] = extension[..^2] + "96";
            if (number is { Length: > 2 }) attendant["phoneNumber"] = number[..^2] + "96";
            attendant["enabled"] = true;
            attendant["businessSchedule"] = "Business hours";
            attendant["firstName"] = location.Name;
            attendant["lastName"] = "Reception";
            foreach (string menu in new[] { "businessHoursMenu", "afterHoursMenu" })
                if (attendant[menu] is JsonObject m)
                    m["keyConfigurations"] = new JsonArray(
                        new JsonObject { ["key"] = "0", ["action"] = "EXIT" },
                        new JsonObject { ["key"] = "1", ["action"] = "EXTENSION_DIALING" });
            Add(store, AutoAttendants, "AUTO_ATTENDANT", state, location, attendant);
        }
    }

    /// <summary>A new item of a generated collection as its create starts it (ResourceEndpoints: the example's defaults, no names, numbers or list items).</summary>
    private static JsonObject NewItem(string collection, LocationRecord location)
    {
        var route = SimulatorRoutes.Collections.First(c => c.Path == collection);
        var item = (JsonObject)JsonNode.Parse(route.Seed)!;
        foreach (var (name, value) in item.ToList())
        {
            if (value is JsonArray) item[name] = new JsonArray();
            else if (value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String && !IsWireValue(v.GetValue<string>())) item.Remove(name);
        }
        JsonBody.Put(item, "timeZone", location.TimeZone);
        item["languageCode"] = location.AnnouncementLanguage ?? "en_us";
        return item;
    }

    private static bool IsWireValue(string text) =>
        text.Length > 0 && char.IsAsciiLetterUpper(text[0]) && text.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_');

    private static void Add(ResourceStore store, string collection, string kind, SimulatorState state, LocationRecord location, JsonObject body)
    {
        string id = WebexIds.Encode(kind, state.NewGuid());
        body["id"] = id;
        string path = "/v1" + collection.Replace("{locationId}", location.Id, StringComparison.Ordinal) + "/" + Uri.EscapeDataString(id);
        store.Items(collection)[id] = new ResourceItem(id, new Dictionary<string, string>(StringComparer.Ordinal) { ["locationId"] = location.Id }, body)
        {
            ItemPath = path,
        };
    }

    public static string Digits(int value) => value.ToString(CultureInfo.InvariantCulture);
}
