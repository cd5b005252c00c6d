using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// The person settings that hold collections: criteria of selective accept/forward/reject, simultaneous ring and
/// executive call filtering, single number reach numbers, outgoing-permission digit patterns and access codes.
/// Each item is a JSON object with an id in <see cref="PersonSettingsStore.Items"/>.
/// </summary>
internal static partial class PersonSettingsCollections
{
    private const string Config = "/telephony/config/people/{personId}";

    /// <summary>The criteria kinds: setting path, the criteria's "enabled" field and its phone number list field (the 2026
    /// person schemas say phoneNumbers for all four; only the workspace selective forward criteria say numbers).</summary>
    private static readonly (string Kind, string EnabledField, string NumbersField)[] CriteriaKinds =
    [
        ("selectiveAccept", "acceptEnabled", "phoneNumbers"),
        ("selectiveForward", "forwardEnabled", "phoneNumbers"),
        ("selectiveReject", "rejectEnabled", "phoneNumbers"),
        ("simultaneousRing", "ringEnabled", "phoneNumbers"),
    ];

    private const string ExecutiveCriteria = "executive/callFiltering";
    private const string DigitPatterns = "outgoingPermission/digitPatterns";
    private const string AccessCodes = "outgoingPermission/accessCodes";
    private const string SnrKind = "singleNumberReach/numbers";

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        foreach (var (kind, _, numbersField) in CriteriaKinds)
        {
            string items = $"{Config}/{kind}/criteria";
            SettingsOwners.MapPost(app, items, (HttpContext context, string personId) =>
                CreateAsync(context, state, personId, kind, WebexIds.Criteria, body => ValidateCriteria(body, numbersField)));
            SettingsOwners.MapGet(app, items + "/{id}", (HttpContext context, string personId, string id) => ReadItem(context, state, personId, kind, id));
            SettingsOwners.MapPut(app, items + "/{id}", (HttpContext context, string personId, string id) =>
                UpdateItemAsync(context, state, personId, kind, id, body => ValidateCriteria(body, numbersField)));
            SettingsOwners.MapDelete(app, items + "/{id}", (HttpContext context, string personId, string id) => DeleteItem(context, state, personId, kind, id));
        }

        string exec = $"{Config}/executive/callFiltering/criteria";
        SettingsOwners.MapPost(app, exec, (HttpContext context, string personId) =>
            CreateAsync(context, state, personId, ExecutiveCriteria, WebexIds.Criteria, ValidateExecutiveCriteria));
        SettingsOwners.MapGet(app, exec + "/{id}", (HttpContext context, string personId, string id) => ReadItem(context, state, personId, ExecutiveCriteria, id));
        SettingsOwners.MapPut(app, exec + "/{id}", (HttpContext context, string personId, string id) =>
            UpdateItemAsync(context, state, personId, ExecutiveCriteria, id, body =>
            {
                // the update's schema (ExecutiveCallFilteringCriteriaPatch) has no filterName: the name is set on create only
                body.Remove("filterName");
                return ValidateExecutiveValues(body);
            }));
        SettingsOwners.MapDelete(app, exec + "/{id}", (HttpContext context, string personId, string id) => DeleteItem(context, state, personId, ExecutiveCriteria, id));

        string snr = $"{Config}/singleNumberReach/numbers";
        SettingsOwners.MapPost(app, snr, (HttpContext context, string personId) =>
            CreateAsync(context, state, personId, SnrKind, WebexIds.SingleNumberReach, ValidateSnrNumber, defaults: new JsonObject
            {
                ["enabled"] = true,
                ["doNotForwardCallsEnabled"] = false,
                ["answerConfirmationEnabled"] = false,
            }));
        SettingsOwners.MapPut(app, snr + "/{id}", (HttpContext context, string personId, string id) =>
            UpdateItemAsync(context, state, personId, SnrKind, id, body =>
                body.ContainsKey("phoneNumber") ? ValidateSnrNumber(body) : null, answerId: true));
        SettingsOwners.MapDelete(app, snr + "/{id}", (HttpContext context, string personId, string id) => DeleteItem(context, state, personId, SnrKind, id));

        string patterns = $"{Config}/outgoingPermission/digitPatterns";
        SettingsOwners.MapGet(app, patterns, (HttpContext context, string personId) => ReadDigitPatterns(context, state, personId));
        SettingsOwners.MapPut(app, patterns, (HttpContext context, string personId) => UpdateCategoryAsync(context, state, personId, DigitPatterns,
            "useCustomDigitPatterns", null));
        SettingsOwners.MapDelete(app, patterns, (HttpContext context, string personId) => DeleteAll(context, state, personId, DigitPatterns));
        SettingsOwners.MapPost(app, patterns, (HttpContext context, string personId) =>
            CreateAsync(context, state, personId, DigitPatterns, WebexIds.DigitPattern, ValidateDigitPattern));
        SettingsOwners.MapGet(app, patterns + "/{id}", (HttpContext context, string personId, string id) => ReadItem(context, state, personId, DigitPatterns, id));
        SettingsOwners.MapPut(app, patterns + "/{id}", (HttpContext context, string personId, string id) =>
            UpdateItemAsync(context, state, personId, DigitPatterns, id, body =>
                body.ContainsKey("pattern") && !ValidPattern(JsonBody.String(body, "pattern")) ? "Invalid digit pattern." : null));
        SettingsOwners.MapDelete(app, patterns + "/{id}", (HttpContext context, string personId, string id) => DeleteItem(context, state, personId, DigitPatterns, id));

        string codes = $"{Config}/outgoingPermission/accessCodes";
        SettingsOwners.MapGet(app, codes, (HttpContext context, string personId) => ReadAccessCodes(context, state, personId));
        SettingsOwners.MapPost(app, codes, (HttpContext context, string personId) => CreateAccessCodeAsync(context, state, personId));
        SettingsOwners.MapPut(app, codes, (HttpContext context, string personId) => UpdateCategoryAsync(context, state, personId, AccessCodes,
            "useCustomAccessCodes", "deleteCodes"));
        SettingsOwners.MapDelete(app, codes, (HttpContext context, string personId) => DeleteAll(context, state, personId, AccessCodes));
    }

    /// <summary>The criteria summaries a selective setting's GET lists: id, schedule, source and the enabled flag.</summary>
    public static JsonArray CriteriaSummaries(SimulatorState state, SettingsOwnerRecord person, string kind)
    {
        var (_, enabledField, numbersField) = Array.Find(CriteriaKinds, k => k.Kind == kind);
        var list = new JsonArray();
        foreach (var item in state.Area<PersonSettingsStore>().Items(person.Uuid, kind).Values)
        {
            var summary = new JsonObject { ["id"] = item["id"]!.DeepClone() };
            JsonBody.Put(summary, "scheduleName", JsonBody.String(item, "scheduleName"));
            summary["source"] = JsonBody.String(item, "callsFrom") == "SELECT_PHONE_NUMBERS" || item[numbersField] is JsonArray { Count: > 0 }
                ? "SPECIFIC_NUMBERS" : "ALL_NUMBERS";
            summary[enabledField] = JsonBody.Bool(item, enabledField) ?? true;
            list.Add(summary);
        }
        return list;
    }

    /// <summary>The executive call filtering criteria as the filtering settings list them.</summary>
    public static JsonArray ExecutiveCriteriaSummaries(SimulatorState state, SettingsOwnerRecord person)
    {
        var list = new JsonArray();
        foreach (var item in state.Area<PersonSettingsStore>().Items(person.Uuid, ExecutiveCriteria).Values)
        {
            var summary = new JsonObject { ["id"] = item["id"]!.DeepClone() };
            JsonBody.Put(summary, "filterName", JsonBody.String(item, "filterName"));
            summary["source"] = JsonBody.String(item, "callsFrom") ?? "ANY_PHONE_NUMBER";
            summary["activationEnabled"] = JsonBody.Bool(item, "activationEnabled") ?? true;
            summary["filterEnabled"] = JsonBody.Bool(item, "filterEnabled") ?? true;
            list.Add(summary);
        }
        return list;
    }

    /// <summary>
    /// The executive call filtering PUT's write-only <c>criteriaActivation</c> (<c>[{id, activationEnabled}]</c>):
    /// applied to the criteria, then taken out of the body so that the setting does not store and echo it.
    /// </summary>
    public static IResult? ApplyExecutiveCriteriaActivation(HttpContext context, SimulatorState state, SettingsOwnerRecord person, JsonObject body)
    {
        if (!body.ContainsKey("criteriaActivation")) return null;
        if (body["criteriaActivation"] is not JsonArray list) return SimResults.BadRequest(context, "Invalid value for field 'criteriaActivation'.");
        var items = state.Area<PersonSettingsStore>().Items(person.Uuid, ExecutiveCriteria);
        var changes = new List<(JsonObject Item, bool Enabled)>();
        foreach (var entry in list)
        {
            if (entry is not JsonObject change || JsonBody.String(change, "id") is not { } id || JsonBody.Bool(change, "activationEnabled") is not { } enabled)
                return SimResults.BadRequest(context, "Each criteriaActivation entry needs id and activationEnabled.");
            if (!items.TryGetValue(id, out var item)) return SimResults.NotFound(context, $"Criteria '{id}' not found.");
            changes.Add((item, enabled));
        }
        // all or nothing: an unknown id changes no criterion
        foreach (var (item, enabled) in changes) item["activationEnabled"] = enabled;
        body.Remove("criteriaActivation");
        return null;
    }

    /// <summary>The single number reach numbers of a person.</summary>
    public static JsonArray SnrNumbers(SimulatorState state, SettingsOwnerRecord person) =>
        new(state.Area<PersonSettingsStore>().Items(person.Uuid, SnrKind).Values.Select(i => (JsonNode)i.DeepClone()).ToArray());

    private static string? ValidateCriteria(JsonObject body, string numbersField)
    {
        string? from = JsonBody.String(body, "callsFrom");
        if (from is not null and not ("ANY_PHONE_NUMBER" or "SELECT_PHONE_NUMBERS" or "ANY_INTERNAL" or "ANY_EXTERNAL"))
            return $"Invalid value for field 'callsFrom': '{from}'.";
        if (body[numbersField] is { } numbers and not JsonArray) return $"Invalid value for field '{numbersField}'.";
        string? type = JsonBody.String(body, "scheduleType");
        if (type is not null and not ("businessHours" or "holidays")) return $"Invalid value for field 'scheduleType': '{type}'.";
        return null;
    }

    private static string? ValidateExecutiveCriteria(JsonObject body) =>
        string.IsNullOrWhiteSpace(JsonBody.String(body, "filterName")) ? "Missing required field(s): filterName." : ValidateExecutiveValues(body);

    /// <summary>The enumerations of an executive criterion as the 2026 reference lists them.</summary>
    private static string? ValidateExecutiveValues(JsonObject body)
    {
        string? from = JsonBody.String(body, "callsFrom");
        if (from is not null and not ("ANY_PHONE_NUMBER" or "SELECT_PHONE_NUMBERS" or "ANY_INTERNAL" or "ANY_EXTERNAL"))
            return $"Invalid value for field 'callsFrom': '{from}'.";
        string? type = JsonBody.String(body, "scheduleType");
        if (type is not null and not ("businessHours" or "holidays")) return $"Invalid value for field 'scheduleType': '{type}'.";
        string? level = JsonBody.String(body, "scheduleLevel");
        if (level is not null and not ("PEOPLE" or "GROUP")) return $"Invalid value for field 'scheduleLevel': '{level}'.";
        if (body["callsToNumbers"] is JsonArray numbers)
            foreach (var number in numbers.OfType<JsonObject>())
                if (JsonBody.String(number, "type") is { } numberType && numberType is not ("PRIMARY" or "ALTERNATE"))
                    return $"Invalid value for field 'callsToNumbers.type': '{numberType}'.";
        return null;
    }

    private static string? ValidateSnrNumber(JsonObject body)
    {
        string? number = JsonBody.String(body, "phoneNumber");
        if (string.IsNullOrWhiteSpace(number)) return "Missing required field(s): phoneNumber.";
        return PhoneNumber().IsMatch(number) ? null : $"Invalid phone number: '{number}'.";
    }

    private static string? ValidateDigitPattern(JsonObject body)
    {
        if (string.IsNullOrWhiteSpace(JsonBody.String(body, "name"))) return "Missing required field(s): name.";
        if (!ValidPattern(JsonBody.String(body, "pattern"))) return "Missing or invalid field: pattern.";
        string? action = JsonBody.String(body, "action");
        if (action is not ("ALLOW" or "BLOCK" or "AUTH_CODE" or "TRANSFER_NUMBER_1" or "TRANSFER_NUMBER_2" or "TRANSFER_NUMBER_3"))
            return "Missing or invalid field: action.";
        if (!body.ContainsKey("transferEnabled")) body["transferEnabled"] = false;
        return null;
    }

    private static bool ValidPattern(string? pattern) => pattern is not null && DigitPattern().IsMatch(pattern);

    [GeneratedRegex(@"^\+?[0-9]{2,15}$")]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(@"^[0-9X*#!+]{1,80}$")]
    private static partial Regex DigitPattern();

    private static async Task<IResult> CreateAsync(HttpContext context, SimulatorState state, string personId, string kind,
        string idKind, Func<JsonObject, string?> validate, JsonObject? defaults = null)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            var person = SettingsOwners.Resolve(context, state, personId, out var error);
            if (person is null) return error!;
            if (body is null) return bodyError!;
            if (validate(body) is { } message) return SimResults.BadRequest(context, message);
            var items = state.Area<PersonSettingsStore>().Items(person.Uuid, kind);
            if (kind == DigitPatterns && items.Values.Any(p => JsonBody.String(p, "name") == JsonBody.String(body, "name")))
                return SimResults.BadRequest(context, $"A digit pattern named '{JsonBody.String(body, "name")}' already exists.");
            string id = WebexIds.Encode(idKind, state.NewGuid());
            var item = new JsonObject { ["id"] = id };
            foreach (var (name, value) in defaults ?? []) item[name] = value?.DeepClone();
            foreach (var (name, value) in body) if (name != "id" && value is not null) item[name] = value.DeepClone();
            items.Add(id, item);
            return SimResults.Json(new JsonObject { ["id"] = id }, StatusCodes.Status201Created);
        }
    }

    private static JsonObject? FindItem(HttpContext context, SimulatorState state, string personId, string kind, string id, out IResult? error)
    {
        var person = SettingsOwners.Resolve(context, state, personId, out error);
        if (person is null) return null;
        if (state.Area<PersonSettingsStore>().Items(person.Uuid, kind).TryGetValue(id, out var item)) return item;
        error = SimResults.NotFound(context, "The requested item was not found.");
        return null;
    }

    private static IResult ReadItem(HttpContext context, SimulatorState state, string personId, string kind, string id)
    {
        lock (state.Sync)
        {
            var item = FindItem(context, state, personId, kind, id, out var error);
            return item is null ? error! : SimResults.Json(item.DeepClone());
        }
    }

    private static async Task<IResult> UpdateItemAsync(HttpContext context, SimulatorState state, string personId, string kind,
        string id, Func<JsonObject, string?> validate, bool answerId = false)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            var item = FindItem(context, state, personId, kind, id, out var error);
            if (item is null) return error!;
            if (body is null) return bodyError!;
            if (validate(body) is { } message) return SimResults.BadRequest(context, message);
            body.Remove("id");
            if (PersonSettingsEndpoints.Merge(context, item, null, body, [], "") is { } mergeError) return mergeError;
        }
        // a single number reach number answers 200 with its id (Webex's ids encode the number and change with it; the
        // simulator's do not, so the id answered is the one updated)
        return answerId ? SimResults.Json(new JsonObject { ["id"] = id }) : SimResults.NoContent();
    }

    private static IResult DeleteItem(HttpContext context, SimulatorState state, string personId, string kind, string id)
    {
        lock (state.Sync)
        {
            var item = FindItem(context, state, personId, kind, id, out var error);
            if (item is null) return error!;
            var person = state.FindPerson(personId)!;
            state.Area<PersonSettingsStore>().Items(person.Uuid, kind).Remove(id);
        }
        return SimResults.NoContent();
    }

    private static IResult DeleteAll(HttpContext context, SimulatorState state, string personId, string kind)
    {
        lock (state.Sync)
        {
            var person = SettingsOwners.Resolve(context, state, personId, out var error);
            if (person is null) return error!;
            state.Area<PersonSettingsStore>().Items(person.Uuid, kind).Clear();
        }
        return SimResults.NoContent();
    }

    private static IResult ReadDigitPatterns(HttpContext context, SimulatorState state, string personId)
    {
        lock (state.Sync)
        {
            var person = SettingsOwners.Resolve(context, state, personId, out var error);
            if (person is null) return error!;
            var store = state.Area<PersonSettingsStore>();
            return SimResults.Json(new JsonObject
            {
                ["useCustomDigitPatterns"] = JsonBody.Bool(store.Find(person.Uuid, DigitPatterns) ?? [], "useCustomDigitPatterns") ?? false,
                ["digitPatterns"] = new JsonArray(store.Items(person.Uuid, DigitPatterns).Values.Select(i => (JsonNode)i.DeepClone()).ToArray()),
            });
        }
    }

    private static IResult ReadAccessCodes(HttpContext context, SimulatorState state, string personId)
    {
        lock (state.Sync)
        {
            var person = SettingsOwners.Resolve(context, state, personId, out var error);
            if (person is null) return error!;
            var store = state.Area<PersonSettingsStore>();
            return SimResults.Json(new JsonObject
            {
                ["useCustomAccessCodes"] = JsonBody.Bool(store.Find(person.Uuid, AccessCodes) ?? [], "useCustomAccessCodes") ?? false,
                ["accessCodes"] = new JsonArray(store.Items(person.Uuid, AccessCodes).Values.Select(i => (JsonNode)i.DeepClone()).ToArray()),
            });
        }
    }

    private static async Task<IResult> CreateAccessCodeAsync(HttpContext context, SimulatorState state, string personId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            var person = SettingsOwners.Resolve(context, state, personId, out var error);
            if (person is null) return error!;
            if (body is null) return bodyError!;
            string? code = JsonBody.String(body, "code");
            if (code is null || !AccessCode().IsMatch(code))
                return SimResults.BadRequest(context, "Missing or invalid field: code (2 to 6 digits).");
            var items = state.Area<PersonSettingsStore>().Items(person.Uuid, AccessCodes);
            if (items.ContainsKey(code)) return SimResults.BadRequest(context, $"Access code {code} already exists.");
            var item = new JsonObject { ["code"] = code };
            JsonBody.Put(item, "description", JsonBody.String(body, "description"));
            item["level"] = "CUSTOM";
            items.Add(code, item);
        }
        return Results.StatusCode(StatusCodes.Status201Created);
    }

    [GeneratedRegex("^[0-9]{2,6}$")]
    private static partial Regex AccessCode();

    /// <summary>PUT of a category (digit patterns, access codes): the use-custom flag, and for access codes the codes to delete.</summary>
    private static async Task<IResult> UpdateCategoryAsync(HttpContext context, SimulatorState state, string personId, string kind,
        string flag, string? deleteField)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            var person = SettingsOwners.Resolve(context, state, personId, out var error);
            if (person is null) return error!;
            if (body is null) return bodyError!;
            var store = state.Area<PersonSettingsStore>();
            if (body.ContainsKey(flag))
            {
                if (JsonBody.Bool(body, flag) is not { } value) return SimResults.BadRequest(context, $"Invalid value for field '{flag}'.");
                store.Save(person.Uuid, kind, new JsonObject { [flag] = value });
            }
            if (deleteField is not null && JsonBody.Strings(body, deleteField) is { } delete)
                foreach (var code in delete) store.Items(person.Uuid, kind).Remove(code);
        }
        return SimResults.NoContent();
    }
}
