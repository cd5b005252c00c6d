using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// Virtual extensions and virtual extension ranges (Features: Virtual Extensions): CRUD of both at the organisation
/// or a location, list filters and Link pages (default page size 10, as the reference says), the organisation's mode,
/// and the two validations. A location's routing prefix is <c>8</c> followed by its 1-based position (<c>801</c>, ...),
/// so a location-level extension's ESN is that prefix plus the extension.
/// Creates and updates are validated as Webex does: a missing required field or a malformed value answers 400, an
/// extension or number in use (another virtual extension of the same place, a person, a call queue, a range's
/// pattern) or a range name or pattern taken 409, each with Webex's error body. The range validation answers the
/// reference's findings; its name finding has the reference's code 27850, the other codes (27851-27854) are the
/// simulator's own.
/// </summary>
internal static partial class VirtualExtensionsEndpoints
{
    private const string Extensions = "/telephony/config/virtualExtensions";
    private const string Ranges = "/telephony/config/virtualExtensionRanges";
    private const int MaxPatterns = 100;
    private static readonly string[] ExtensionRequired = ["displayName", "phoneNumber", "extension"];
    private static readonly string[] RangeRequired = ["name", "prefix"];

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapGet(Extensions, (HttpContext context) => ListExtensions(context, state));
        app.MapPost(Extensions, Body(state, CreateExtension));
        app.MapGet(Extensions + "/settings", (HttpContext context) =>
            Locked(context, state, () => SimResults.Json(new JsonObject { ["mode"] = state.Area<VirtualExtensionStore>().Mode })));
        app.MapPut(Extensions + "/settings", Body(state, UpdateSettings));
        app.MapPost(Extensions + "/actions/validateNumbers/invoke", Body(state, ValidateNumbers));
        app.MapGet(Extensions + "/{extensionId}", (HttpContext context, string extensionId) =>
            Locked(context, state, () => FindExtension(context, state, extensionId, out var error) is { } record
                ? SimResults.Json(ToJson(state, record)) : error!));
        app.MapPut(Extensions + "/{extensionId}", (HttpContext context, string extensionId) =>
            WithBodyAsync(context, state, body => UpdateExtension(context, state, extensionId, body)));
        app.MapDelete(Extensions + "/{extensionId}", (HttpContext context, string extensionId) => Locked(context, state, () =>
        {
            if (FindExtension(context, state, extensionId, out var error) is not { } record) return error!;
            state.Area<VirtualExtensionStore>().Extensions.Remove(record.Uuid);
            return SimResults.NoContent();
        }));

        app.MapGet(Ranges, (HttpContext context) => ListRanges(context, state));
        app.MapPost(Ranges, Body(state, CreateRange));
        app.MapPost(Ranges + "/actions/validate/invoke", Body(state, ValidateRange));
        app.MapGet(Ranges + "/{rangeId}", (HttpContext context, string rangeId) =>
            Locked(context, state, () => FindRange(context, state, rangeId, out var error) is { } record
                ? SimResults.Json(RangeDetails(record)) : error!));
        // the reference writes this path with a trailing slash; routing serves both forms
        app.MapPut(Ranges + "/{rangeId}", (HttpContext context, string rangeId) =>
            WithBodyAsync(context, state, body => ModifyRange(context, state, rangeId, body)));
        app.MapDelete(Ranges + "/{rangeId}", (HttpContext context, string rangeId) => Locked(context, state, () =>
        {
            if (FindRange(context, state, rangeId, out var error) is not { } record) return error!;
            state.Area<VirtualExtensionStore>().Ranges.Remove(record.Uuid);
            return SimResults.NoContent();
        }));
    }

    /// <summary>
    /// Per demo location n: two virtual extensions (<c>n801</c>, <c>n802</c>, numbers <c>+1650555n8k</c>, names drawn from
    /// the seeded source) and a range "&lt;location&gt; Remote Office" (prefix <c>+1650557n</c>, pattern <c>n7XX</c>); and at
    /// the organisation the extension 7000 "Help Desk".
    /// </summary>
    public static void SeedDemoOrg(SimulatorState state, DemoOrgContext demo)
    {
        string[] first = ["Avery", "Blake", "Casey", "Devon", "Emery", "Finley", "Harper", "Jordan", "Kendall", "Morgan", "Quinn", "Riley"];
        string[] last = ["Adler", "Brooks", "Castro", "Dalton", "Ellison", "Foster", "Garrett", "Hughes", "Ingram", "Keller", "Lowe", "Marsh"];
        lock (state.Sync)
        {
            var store = state.Area<VirtualExtensionStore>();
            for (int n = 1; n <= demo.Locations.Count; n++)
            {
                var location = demo.Locations[n - 1];
                for (int k = 1; k <= 2; k++)
                {
                    string f = first[state.Random.Next(first.Length)], l = last[state.Random.Next(last.Length)];
                    var record = new VirtualExtensionRecord(state.NewGuid())
                    {
                        Location = location,
                        Extension = string.Create(CultureInfo.InvariantCulture, $"{n}80{k}"),
                        PhoneNumber = string.Create(CultureInfo.InvariantCulture, $"+1650555{n:D2}8{k}"),
                        FirstName = f,
                        LastName = l,
                        DisplayName = f + " " + l,
                    };
                    store.Extensions.Add(record.Uuid, record);
                }
                var range = new VirtualExtensionRangeRecord(state.NewGuid())
                {
                    Location = location,
                    Name = location.Name + " Remote Office",
                    Prefix = string.Create(CultureInfo.InvariantCulture, $"+1650557{n}"),
                };
                range.Patterns.Add(string.Create(CultureInfo.InvariantCulture, $"{n}7XX"));
                store.Ranges.Add(range.Uuid, range);
            }
            var helpDesk = new VirtualExtensionRecord(state.NewGuid())
            {
                Extension = "7000",
                PhoneNumber = "+18005550170",
                FirstName = "Help",
                LastName = "Desk",
                DisplayName = "Help Desk",
            };
            store.Extensions.Add(helpDesk.Uuid, helpDesk);
        }
    }

    /// <summary>A handler of a JSON body that names no id in its path.</summary>
    private static Func<HttpContext, Task<IResult>> Body(SimulatorState state, Func<HttpContext, SimulatorState, JsonObject, IResult> op) =>
        context => WithBodyAsync(context, state, body => op(context, state, body));

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

    // ---- virtual extensions

    /// <summary>A location's routing prefix: 8 and its position (801 for the first location).</summary>
    public static string RoutingPrefix(SimulatorState state, LocationRecord location) =>
        (800 + state.Locations.Values.ToList().IndexOf(location) + 1).ToString(CultureInfo.InvariantCulture);

    private static JsonObject ToJson(SimulatorState state, VirtualExtensionRecord record)
    {
        var json = new JsonObject { ["id"] = record.Id, ["extension"] = record.Extension };
        string? prefix = record.Location is null ? null : RoutingPrefix(state, record.Location);
        JsonBody.Put(json, "routingPrefix", prefix);
        json["esn"] = prefix + record.Extension;
        json["phoneNumber"] = record.PhoneNumber;
        JsonBody.Put(json, "firstName", record.FirstName);
        JsonBody.Put(json, "lastName", record.LastName);
        json["level"] = record.Location is null ? "ORGANIZATION" : "LOCATION";
        JsonBody.Put(json, "locationId", record.Location?.Id);
        JsonBody.Put(json, "locationName", record.Location?.Name);
        json["displayName"] = record.DisplayName;
        return json;
    }

    private static VirtualExtensionRecord? FindExtension(HttpContext context, SimulatorState state, string id, out IResult? error)
    {
        error = null;
        if (WebexIds.TryDecode(id, VirtualExtensionRecord.Kind, out var uuid)
            && state.Area<VirtualExtensionStore>().Extensions.TryGetValue(uuid, out var record))
            return record;
        error = SimResults.NotFound(context, $"Virtual extension not found: '{id}'.");
        return null;
    }

    private static IResult ListExtensions(HttpContext context, SimulatorState state)
    {
        var query = context.Request.Query;
        string? locationId = query["locationId"], locationName = query["locationName"];
        bool orgLevelOnly = JsonBody.QueryFlag(context, "orgLevelOnly");
        if (new[] { locationId is not null, locationName is not null, orgLevelOnly }.Count(x => x) > 1)
            return SimResults.BadRequest(context, "Only one of locationName, locationId and orgLevelOnly may be given.");
        if (BadOrder(context, out var orderError)) return orderError!;
        lock (state.Sync)
        {
            if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
            IEnumerable<VirtualExtensionRecord> found = state.Area<VirtualExtensionStore>().Extensions.Values;
            if (locationId is not null) found = found.Where(r => r.Location?.Id == locationId);
            if (locationName is not null) found = found.Where(r => string.Equals(r.Location?.Name, locationName, StringComparison.OrdinalIgnoreCase));
            if (orgLevelOnly) found = found.Where(r => r.Location is null);
            if (query["extension"].ToString() is { Length: > 0 } extension) found = found.Where(r => r.Extension == extension);
            if (query["phoneNumber"].ToString() is { Length: > 0 } number) found = found.Where(r => r.PhoneNumber == number);
            if (query["name"].ToString() is { Length: > 0 } name)
                found = found.Where(r => StartsWith(r.FirstName, name) || StartsWith(r.LastName, name));
            var list = found.OrderBy(r => r.Extension, StringComparer.Ordinal).ThenBy(r => r.Location?.Name, StringComparer.Ordinal).ToList();
            if (Descending(context)) list.Reverse();
            return Paging.Page(context, state, list, r => ToJson(state, r), "virtualExtensions", defaultMax: 10);
        }
    }

    private static bool StartsWith(string? value, string prefix) => value?.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) == true;

    private static bool BadOrder(HttpContext context, out IResult? error)
    {
        string? order = context.Request.Query["order"];
        error = order is null or "ASC" or "DSC" or "DESC" ? null : SimResults.BadRequest(context, $"Invalid value for parameter 'order': '{order}'; ASC or DSC.");
        return error is not null;
    }

    private static bool Descending(HttpContext context) => context.Request.Query["order"].ToString() is "DSC" or "DESC";

    private static IResult CreateExtension(HttpContext context, SimulatorState state, JsonObject body)
    {
        var missing = ExtensionRequired.Where(f => string.IsNullOrWhiteSpace(JsonBody.String(body, f))).ToList();
        if (missing.Count > 0) return SimResults.BadRequest(context, "Missing required field(s): " + string.Join(", ", missing) + ".");
        LocationRecord? location = null;
        if (JsonBody.String(body, "locationId") is { } locationId)
        {
            location = LocationsEndpoints.Resolve(context, state, locationId, out var locationError);
            if (location is null) return locationError!;
        }
        var record = new VirtualExtensionRecord(state.NewGuid()) { Location = location };
        var error = Apply(context, state, record, body);
        if (error is not null) return error;
        state.Area<VirtualExtensionStore>().Extensions.Add(record.Uuid, record);
        return SimResults.Json(new JsonObject { ["id"] = record.Id }, StatusCodes.Status201Created);
    }

    private static IResult UpdateExtension(HttpContext context, SimulatorState state, string id, JsonObject body)
    {
        if (FindExtension(context, state, id, out var notFound) is not { } record) return notFound!;
        if (body.ContainsKey("locationId")) return SimResults.BadRequest(context, "The location of a virtual extension cannot be changed.");
        return Apply(context, state, record, body) ?? SimResults.NoContent();
    }

    /// <summary>Validates the body's fields against the record's place and sets them; the error answer, or null when applied.</summary>
    private static IResult? Apply(HttpContext context, SimulatorState state, VirtualExtensionRecord record, JsonObject body)
    {
        string extension = JsonBody.String(body, "extension") ?? record.Extension;
        string number = JsonBody.String(body, "phoneNumber") ?? record.PhoneNumber;
        string displayName = JsonBody.String(body, "displayName") ?? record.DisplayName;
        if (string.IsNullOrWhiteSpace(displayName)) return SimResults.BadRequest(context, "The displayName must not be empty.");
        if (!ExtensionPattern().IsMatch(extension))
            return SimResults.BadRequest(context, $"Invalid extension: '{extension}'; 2 to 10 digits.");
        if (state.Area<VirtualExtensionStore>().Mode == "STANDARD" && !E164Pattern().IsMatch(number))
            return SimResults.BadRequest(context, $"Invalid phone number: '{number}'; in standard mode a virtual extension needs an E.164 number.");
        if (ExtensionUser(state, record.Location, extension, record) is { } user)
            return SimResults.Conflict(context, $"Extension {extension} is already in use by {user}.");
        if (NumberUser(state, number, record) is { } owner)
            return SimResults.Conflict(context, $"Phone number {number} is already in use by {owner}.");
        record.Extension = extension;
        record.PhoneNumber = number;
        record.DisplayName = displayName;
        if (body.ContainsKey("firstName")) record.FirstName = JsonBody.String(body, "firstName");
        if (body.ContainsKey("lastName")) record.LastName = JsonBody.String(body, "lastName");
        return null;
    }

    /// <summary>
    /// Who uses an extension where a virtual extension at <paramref name="location"/> (null: the organisation) would be
    /// dialled: people, call queues, other virtual extensions and range patterns of that location (of any location for the
    /// organisation, whose extensions are dialled everywhere), and the organisation's own.
    /// </summary>
    private static string? ExtensionUser(SimulatorState state, LocationRecord? location, string extension, VirtualExtensionRecord? self)
    {
        bool Here(LocationRecord? other) => location is null || other is null || other == location;
        if (state.People.Values.FirstOrDefault(p => p.Location is not null && p.Extension == extension && Here(p.Location)) is { } person)
            return person.DisplayName;
        if (state.Area<CallQueueStore>().Queues.Values.FirstOrDefault(q => q.Extension == extension && Here(q.Location)) is { } queue)
            return "the call queue " + queue.Name;
        var store = state.Area<VirtualExtensionStore>();
        if (store.Extensions.Values.FirstOrDefault(v => v != self && v.Extension == extension && Here(v.Location)) is { } other)
            return "the virtual extension " + other.DisplayName;
        if (store.Ranges.Values.FirstOrDefault(r => Here(r.Location) && r.Patterns.Exists(p => Matches(p, extension))) is { } range)
            return "the virtual extension range " + range.Name;
        return null;
    }

    /// <summary>Who has a number: a person, a location (main number), a call queue or another virtual extension.</summary>
    private static string? NumberUser(SimulatorState state, string number, VirtualExtensionRecord? self)
    {
        if (state.People.Values.FirstOrDefault(p => p.PhoneNumbers.Exists(n => n.Value == number)) is { } person) return person.DisplayName;
        if (state.Locations.Values.FirstOrDefault(l => l.MainNumber == number) is { } location) return "the location " + location.Name;
        if (state.Area<CallQueueStore>().Queues.Values.FirstOrDefault(q => q.PhoneNumber == number) is { } queue) return "the call queue " + queue.Name;
        if (state.Area<VirtualExtensionStore>().Extensions.Values.FirstOrDefault(v => v != self && v.PhoneNumber == number) is { } other)
            return "the virtual extension " + other.DisplayName;
        return null;
    }

    private static IResult UpdateSettings(HttpContext context, SimulatorState state, JsonObject body)
    {
        string? mode = JsonBody.String(body, "mode");
        if (mode is null) return SimResults.BadRequest(context, "Missing required field(s): mode.");
        if (mode is not ("STANDARD" or "ENHANCED")) return SimResults.BadRequest(context, $"Invalid mode: '{mode}'; STANDARD or ENHANCED.");
        state.Area<VirtualExtensionStore>().Mode = mode;
        return SimResults.NoContent();
    }

    private static IResult ValidateNumbers(HttpContext context, SimulatorState state, JsonObject body)
    {
        if (body["phoneNumbers"] is not JsonArray || JsonBody.Strings(body, "phoneNumbers") is not { Count: > 0 } numbers)
            return SimResults.BadRequest(context, "Missing required field(s): phoneNumbers.");
        var results = new JsonArray();
        bool errors = false;
        for (int i = 0; i < numbers.Count; i++)
        {
            string number = numbers[i];
            var (status, code, message) =
                !E164Pattern().IsMatch(number) ? ("INVALID", "27861", $"Invalid phone number: {number}; an E.164 number is needed.")
                : numbers.IndexOf(number) != i ? ("DUPLICATE_IN_LIST", "27862", $"Phone number {number} is in the list more than once.")
                : NumberUser(state, number, null) is { } owner ? ("DUPLICATE", "27863", $"Phone number {number} is already in use by {owner}.")
                : ("VALID", null, null);
            var json = new JsonObject { ["phoneNumber"] = number, ["state"] = status };
            JsonBody.Put(json, "errorCode", code);
            JsonBody.Put(json, "message", message is null ? null : $"[Error {code}] {message}");
            results.Add(json);
            errors |= status != "VALID";
        }
        return SimResults.Json(new JsonObject { ["status"] = errors ? "ERRORS" : "OK", ["phoneNumberStatus"] = results });
    }

    // ---- ranges

    private static VirtualExtensionRangeRecord? FindRange(HttpContext context, SimulatorState state, string id, out IResult? error)
    {
        error = null;
        if (WebexIds.TryDecode(id, VirtualExtensionRangeRecord.Kind, out var uuid)
            && state.Area<VirtualExtensionStore>().Ranges.TryGetValue(uuid, out var record))
            return record;
        error = SimResults.NotFound(context, $"Virtual extension range not found: '{id}'.");
        return null;
    }

    private static JsonObject RangeSummary(VirtualExtensionRangeRecord record)
    {
        var json = new JsonObject
        {
            ["id"] = record.Id,
            ["name"] = record.Name,
            ["prefix"] = record.Prefix,
            ["level"] = record.Location is null ? "ORGANIZATION" : "LOCATION",
        };
        JsonBody.Put(json, "locationId", record.Location?.Id);
        JsonBody.Put(json, "locationName", record.Location?.Name);
        return json;
    }

    /// <summary>The details answer: the reference's shape, with patterns and without level and location id.</summary>
    private static JsonObject RangeDetails(VirtualExtensionRangeRecord record)
    {
        var json = new JsonObject
        {
            ["id"] = record.Id,
            ["name"] = record.Name,
            ["prefix"] = record.Prefix,
            ["patterns"] = JsonBody.Array(record.Patterns),
        };
        JsonBody.Put(json, "locationName", record.Location?.Name);
        return json;
    }

    private static IResult ListRanges(HttpContext context, SimulatorState state)
    {
        var query = context.Request.Query;
        string? locationId = query["locationId"];
        bool orgLevelOnly = JsonBody.QueryFlag(context, "orgLevelOnly");
        if (locationId is not null && orgLevelOnly)
            return SimResults.BadRequest(context, "Only one of locationId and orgLevelOnly may be given.");
        if (BadOrder(context, out var orderError)) return orderError!;
        lock (state.Sync)
        {
            if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
            IEnumerable<VirtualExtensionRangeRecord> found = state.Area<VirtualExtensionStore>().Ranges.Values;
            if (locationId is not null) found = found.Where(r => r.Location?.Id == locationId);
            if (orgLevelOnly) found = found.Where(r => r.Location is null);
            if (query["name"].ToString() is { Length: > 0 } name) found = found.Where(r => r.Name.Contains(name, StringComparison.OrdinalIgnoreCase));
            if (query["prefix"].ToString() is { Length: > 0 } prefix) found = found.Where(r => r.Prefix == prefix);
            var list = found.OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ToList();
            if (Descending(context)) list.Reverse();
            return Paging.Page(context, state, list, r => RangeSummary(r), "virtualExtensionRanges", defaultMax: 10);
        }
    }

    private sealed record Finding(string Status, string Code, string Message, string? Name = null, string? Prefix = null, string? Pattern = null)
    {
        /// <summary>A duplicate is a conflict (409); anything else malformed input (400).</summary>
        public int HttpStatus => Status == "DUPLICATE" ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;

        public JsonObject ToJson()
        {
            var json = new JsonObject();
            JsonBody.Put(json, "name", Name);
            JsonBody.Put(json, "prefix", Prefix);
            JsonBody.Put(json, "pattern", Pattern);
            json["errorCode"] = Code;
            json["message"] = $"[Error {Code}] {Message}";
            json["status"] = Status;
            return json;
        }
    }

    /// <summary>What is wrong with a range's name, prefix and patterns at a place (null: the organisation), other than <paramref name="self"/>.</summary>
    private static List<Finding> Check(SimulatorState state, LocationRecord? location, string? name, string? prefix,
        List<string>? patterns, VirtualExtensionRangeRecord? self)
    {
        var findings = new List<Finding>();
        var store = state.Area<VirtualExtensionStore>();
        var others = store.Ranges.Values.Where(r => r != self).ToList();
        if (name is not null && others.Exists(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)))
            findings.Add(new("DUPLICATE", "27850", $"Virtual Extension Range already exists with name: {name}", Name: name));
        if (prefix is not null)
        {
            bool valid = store.Mode == "STANDARD" ? E164PrefixPattern().IsMatch(prefix) : PrefixPattern().IsMatch(prefix);
            if (!valid) findings.Add(new("INVALID", "27851", $"Invalid prefix: {prefix}", Prefix: prefix));
        }
        if (patterns is null) return findings;
        if (patterns.Count > MaxPatterns)
        {
            findings.Add(new("LIMIT_EXCEEDED", "27854", $"At most {MaxPatterns} patterns are allowed in a request; got {patterns.Count}."));
            return findings;
        }
        for (int i = 0; i < patterns.Count; i++)
        {
            string pattern = patterns[i];
            if (!RangePattern().IsMatch(pattern))
                findings.Add(new("INVALID", "27851", $"Invalid pattern: {pattern}; digits, then optional wildcards X.", Pattern: pattern));
            else if (patterns.Take(i).Contains(pattern, StringComparer.OrdinalIgnoreCase))
                findings.Add(new("DUPLICATE_IN_LIST", "27853", $"Pattern {pattern} is in the list more than once.", Pattern: pattern));
            else if (others.Find(r => (location is null || r.Location is null || r.Location == location)
                         && r.Patterns.Exists(p => Overlap(p, pattern))) is { } taken)
                findings.Add(new("DUPLICATE", "27852", $"Pattern {pattern} overlaps the virtual extension range {taken.Name}.", Pattern: pattern));
        }
        return findings;
    }

    private static IResult Fail(HttpContext context, Finding finding) =>
        SimResults.Error(context, finding.HttpStatus, $"[Error {finding.Code}] {finding.Message}");

    private static IResult CreateRange(HttpContext context, SimulatorState state, JsonObject body)
    {
        var missing = RangeRequired.Where(f => string.IsNullOrWhiteSpace(JsonBody.String(body, f))).ToList();
        if (missing.Count > 0) return SimResults.BadRequest(context, "Missing required field(s): " + string.Join(", ", missing) + ".");
        LocationRecord? location = null;
        if (JsonBody.String(body, "locationId") is { } locationId)
        {
            location = LocationsEndpoints.Resolve(context, state, locationId, out var locationError);
            if (location is null) return locationError!;
        }
        if (body.ContainsKey("patterns") && body["patterns"] is not JsonArray) return SimResults.BadRequest(context, "The patterns must be a list.");
        var patterns = JsonBody.Strings(body, "patterns") ?? [];
        string name = JsonBody.String(body, "name")!, prefix = JsonBody.String(body, "prefix")!;
        if (Check(state, location, name, prefix, patterns, null) is [var first, ..]) return Fail(context, first);
        var record = new VirtualExtensionRangeRecord(state.NewGuid()) { Location = location, Name = name, Prefix = prefix };
        record.Patterns.AddRange(patterns.Select(p => p.ToUpperInvariant()));
        state.Area<VirtualExtensionStore>().Ranges.Add(record.Uuid, record);
        return SimResults.Json(new JsonObject { ["id"] = record.Id }, StatusCodes.Status201Created);
    }

    private static IResult ModifyRange(HttpContext context, SimulatorState state, string id, JsonObject body)
    {
        if (FindRange(context, state, id, out var notFound) is not { } record) return notFound!;
        string? name = JsonBody.String(body, "name"), prefix = JsonBody.String(body, "prefix"), action = JsonBody.String(body, "action");
        var patterns = JsonBody.Strings(body, "patterns");
        if (patterns is not null && action is null) return SimResults.BadRequest(context, "The action is required when patterns are given: ADD, REMOVE or REPLACE.");
        if (action is not (null or "ADD" or "REMOVE" or "REPLACE")) return SimResults.BadRequest(context, $"Invalid action: '{action}'; ADD, REMOVE or REPLACE.");
        patterns = patterns?.Select(p => p.ToUpperInvariant()).ToList();
        // a removal only needs the patterns to be the range's; the others are checked like a create's
        var added = action == "REMOVE" ? null : patterns;
        if (action == "ADD" && patterns!.Find(p => record.Patterns.Contains(p)) is { } present)
            return SimResults.Error(context, StatusCodes.Status409Conflict, $"[Error 27852] Pattern {present} is in the range already.");
        if (action == "ADD" && record.Patterns.Count + patterns!.Count > MaxPatterns)
            return SimResults.BadRequest(context, $"[Error 27854] A range has at most {MaxPatterns} patterns.");
        if (Check(state, record.Location, name, prefix, added, record) is [var first, ..]) return Fail(context, first);
        if (action == "REMOVE" && patterns!.Find(p => !record.Patterns.Contains(p)) is { } absent)
            return SimResults.NotFound(context, $"Pattern {absent} is not a pattern of the range.");
        if (name is not null) record.Name = name;
        if (prefix is not null) record.Prefix = prefix;
        switch (action)
        {
            case "ADD": record.Patterns.AddRange(patterns!); break;
            case "REMOVE": record.Patterns.RemoveAll(patterns!.Contains); break;
            case "REPLACE": record.Patterns.Clear(); record.Patterns.AddRange(patterns!); break;
        }
        return SimResults.NoContent();
    }

    private static IResult ValidateRange(HttpContext context, SimulatorState state, JsonObject body)
    {
        LocationRecord? location = null;
        if (JsonBody.String(body, "locationId") is { } locationId)
        {
            location = LocationsEndpoints.Resolve(context, state, locationId, out var locationError);
            if (location is null) return locationError!;
        }
        VirtualExtensionRangeRecord? self = null;
        if (JsonBody.String(body, "rangeId") is { } rangeId)
        {
            self = FindRange(context, state, rangeId, out var rangeError);
            if (self is null) return rangeError!;
        }
        var findings = Check(state, location ?? self?.Location, JsonBody.String(body, "name"), JsonBody.String(body, "prefix"),
            JsonBody.Strings(body, "patterns")?.Select(p => p.ToUpperInvariant()).ToList(), self);
        var json = new JsonObject { ["status"] = findings.Count == 0 ? "OK" : "ERRORS" };
        if (findings.Count > 0) json["virtualExtensionRangeValidationStatus"] = new JsonArray(findings.Select(f => (JsonNode)f.ToJson()).ToArray());
        return SimResults.Json(json);
    }

    /// <summary>Whether a pattern (digits, then wildcards X) matches an extension.</summary>
    private static bool Matches(string pattern, string extension) =>
        pattern.Length == extension.Length && pattern.Zip(extension).All(x => x.First is 'X' or 'x' || x.First == x.Second);

    /// <summary>Whether two patterns share an extension: same length and no position where both are different digits.</summary>
    private static bool Overlap(string a, string b) =>
        a.Length == b.Length && a.Zip(b).All(x => x.First is 'X' or 'x' || x.Second is 'X' or 'x' || x.First == x.Second);

    [GeneratedRegex(@"^\d{2,10}$")]
    private static partial Regex ExtensionPattern();

    [GeneratedRegex(@"^\+[1-9]\d{6,14}$")]
    private static partial Regex E164Pattern();

    [GeneratedRegex(@"^\+[1-9]\d{1,13}$")]
    private static partial Regex E164PrefixPattern();

    [GeneratedRegex(@"^\+?\d{1,14}$")]
    private static partial Regex PrefixPattern();

    [GeneratedRegex(@"^\d+[Xx]*$|^\d*[Xx]+$")]
    private static partial Regex RangePattern();
}
