using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// The workspace-only settings with criteria (workspace call settings of the 2026 reference): priority alert and
/// sequential ring of a Webex Calling workspace, each a document (GET/PUT, partial) whose <c>criteria</c> is the summary
/// of its criteria collection (<c>POST …/criteria</c> 201 <c>{id}</c>, <c>GET/PUT/DELETE …/criteria/{id}</c>).
/// A workspace without Webex Calling answers 404, as for every calling setting.
/// </summary>
internal static class WorkspaceCriteriaEndpoints
{
    private const string Config = "/telephony/config/workspaces/{workspaceId}";

    /// <summary>The features: path segment, the criteria's "enabled" field, and the setting's default document.</summary>
    private static readonly (string Feature, string EnabledField, Func<JsonObject> Default)[] Features =
    [
        ("priorityAlert", "notificationEnabled", () => new JsonObject { ["enabled"] = false }),
        ("sequentialRing", "ringEnabled", () => new JsonObject
        {
            ["enabled"] = false,
            ["ringBaseLocationFirstEnabled"] = true,
            ["baseLocationNumberOfRings"] = 2,
            ["continueIfBaseLocationIsBusyEnabled"] = false,
            ["callsToVoicemailEnabled"] = false,
            ["phoneNumbers"] = new JsonArray(),
        }),
    ];

    /// <summary>The fields a PUT of each setting may change (the 2026 request schemas).</summary>
    private static readonly Dictionary<string, string[]> Writable = new(StringComparer.Ordinal)
    {
        ["priorityAlert"] = ["enabled"],
        ["sequentialRing"] = ["enabled", "ringBaseLocationFirstEnabled", "baseLocationNumberOfRings", "continueIfBaseLocationIsBusyEnabled",
            "callsToVoicemailEnabled", "phoneNumbers"],
    };

    private static readonly string[] CriteriaFields = ["scheduleName", "scheduleType", "scheduleLevel", "callsFrom", "anonymousCallersEnabled",
        "unavailableCallersEnabled", "phoneNumbers"];

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        foreach (var (feature, enabledField, defaults) in Features)
        {
            string path = $"{Config}/{feature}";
            app.MapGet(path, (HttpContext context, string workspaceId) => Locked(context, state, workspaceId, w =>
                SimResults.Json(Setting(state, w, feature, enabledField, defaults))));
            app.MapPut(path, (HttpContext context, string workspaceId) => WithBodyAsync(context, state, workspaceId, (w, body) =>
                Configure(context, state, w, feature, body, defaults)));
            app.MapPost(path + "/criteria", (HttpContext context, string workspaceId) => WithBodyAsync(context, state, workspaceId, (w, body) =>
            {
                if (ValidateCriteria(body, enabledField) is { } invalid) return SimResults.BadRequest(context, invalid);
                string id = WebexIds.Encode(WebexIds.Criteria, state.NewGuid());
                var item = new JsonObject { ["id"] = id };
                Merge(item, body, enabledField);
                if (!item.ContainsKey(enabledField)) item[enabledField] = true;
                state.Area<WorkspaceCriteriaStore>().Items(w.Uuid, feature)[id] = item;
                return SimResults.Json(new JsonObject { ["id"] = id }, StatusCodes.Status201Created);
            }));
            app.MapGet(path + "/criteria/{id}", (HttpContext context, string workspaceId, string id) => Locked(context, state, workspaceId, w =>
                state.Area<WorkspaceCriteriaStore>().Items(w.Uuid, feature).TryGetValue(id, out var item)
                    ? SimResults.Json(item.DeepClone()) : SimResults.NotFound(context, "Criteria not found.")));
            app.MapPut(path + "/criteria/{id}", (HttpContext context, string workspaceId, string id) => WithBodyAsync(context, state, workspaceId, (w, body) =>
            {
                if (!state.Area<WorkspaceCriteriaStore>().Items(w.Uuid, feature).TryGetValue(id, out var item))
                    return SimResults.NotFound(context, "Criteria not found.");
                if (ValidateCriteria(body, enabledField) is { } invalid) return SimResults.BadRequest(context, invalid);
                Merge(item, body, enabledField);
                return SimResults.NoContent();
            }));
            app.MapDelete(path + "/criteria/{id}", (HttpContext context, string workspaceId, string id) => Locked(context, state, workspaceId, w =>
                state.Area<WorkspaceCriteriaStore>().Items(w.Uuid, feature).Remove(id)
                    ? SimResults.NoContent() : SimResults.NotFound(context, "Criteria not found.")));
        }
    }

    private static IResult Locked(HttpContext context, SimulatorState state, string workspaceId, Func<WorkspaceRecord, IResult> op)
    {
        lock (state.Sync)
        {
            if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
            if (WorkspacesEndpoints.Find(context, state, workspaceId, out var error) is not { } w) return error!;
            if (!w.WebexCalling) return SimResults.NotFound(context, "The workspace has no Webex Calling licence.");
            return op(w);
        }
    }

    private static async Task<IResult> WithBodyAsync(HttpContext context, SimulatorState state, string workspaceId,
        Func<WorkspaceRecord, JsonObject, IResult> op)
    {
        var (body, error) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null) return error!;
        return Locked(context, state, workspaceId, w => op(w, body));
    }

    private static JsonObject Setting(SimulatorState state, WorkspaceRecord w, string feature, string enabledField, Func<JsonObject> defaults)
    {
        var store = state.Area<WorkspaceCriteriaStore>();
        var json = (JsonObject?)store.Find(w.Uuid, feature)?.DeepClone() ?? defaults();
        var criteria = new JsonArray();
        foreach (var item in store.Items(w.Uuid, feature).Values)
        {
            var summary = new JsonObject { ["id"] = item["id"]!.DeepClone() };
            JsonBody.Put(summary, "scheduleName", JsonBody.String(item, "scheduleName"));
            summary["source"] = JsonBody.String(item, "callsFrom") == "SELECT_PHONE_NUMBERS" ? "SPECIFIC_NUMBERS" : "ALL_NUMBERS";
            summary[enabledField] = JsonBody.Bool(item, enabledField) ?? true;
            criteria.Add(summary);
        }
        json["criteria"] = criteria;
        return json;
    }

    private static IResult Configure(HttpContext context, SimulatorState state, WorkspaceRecord w, string feature, JsonObject body,
        Func<JsonObject> defaults)
    {
        var store = state.Area<WorkspaceCriteriaStore>();
        var current = (JsonObject?)store.Find(w.Uuid, feature)?.DeepClone() ?? defaults();
        foreach (string field in Writable[feature])
        {
            if (!body.ContainsKey(field)) continue;
            var value = body[field];
            bool ok = field switch
            {
                "phoneNumbers" => value is JsonArray { Count: <= 5 } numbers && numbers.All(n => n is JsonObject o && JsonBody.String(o, "phoneNumber") is not null),
                "baseLocationNumberOfRings" => JsonBody.Int(body, field) is >= 2 and <= 20,
                _ => JsonBody.Bool(body, field) is not null,
            };
            if (!ok) return SimResults.BadRequest(context, $"Invalid value for field '{field}'.");
            current[field] = field == "baseLocationNumberOfRings" ? JsonBody.Int(body, field) : value!.DeepClone();
        }
        store.Save(w.Uuid, feature, current);
        return SimResults.NoContent();
    }

    private static string? ValidateCriteria(JsonObject body, string enabledField)
    {
        string? from = JsonBody.String(body, "callsFrom");
        if (from is not null and not ("ANY_PHONE_NUMBER" or "SELECT_PHONE_NUMBERS" or "ANY_INTERNAL" or "ANY_EXTERNAL"))
            return $"Invalid value for field 'callsFrom': '{from}'.";
        if (body["phoneNumbers"] is { } numbers and not JsonArray) return "Invalid value for field 'phoneNumbers'.";
        string? type = JsonBody.String(body, "scheduleType");
        if (type is not null && !type.Equals("businessHours", StringComparison.OrdinalIgnoreCase) && !type.Equals("holidays", StringComparison.OrdinalIgnoreCase))
            return $"Invalid value for field 'scheduleType': '{type}'.";
        if (body.ContainsKey(enabledField) && JsonBody.Bool(body, enabledField) is null) return $"Invalid value for field '{enabledField}'.";
        return null;
    }

    private static void Merge(JsonObject item, JsonObject body, string enabledField)
    {
        foreach (string field in CriteriaFields.Append(enabledField))
            if (body.ContainsKey(field))
            {
                if (body[field] is null) item.Remove(field);
                else item[field] = body[field]!.DeepClone();
            }
    }
}

/// <summary>Priority alert and sequential ring of workspaces: the setting documents and criteria by (workspace, feature). Use under the lock.</summary>
internal sealed class WorkspaceCriteriaStore
{
    private readonly Dictionary<(Guid Workspace, string Feature), JsonObject> _settings = [];
    private readonly Dictionary<(Guid Workspace, string Feature), OrderedDictionary<string, JsonObject>> _criteria = [];

    public JsonObject? Find(Guid workspace, string feature) => _settings.GetValueOrDefault((workspace, feature));

    public void Save(Guid workspace, string feature, JsonObject document) => _settings[(workspace, feature)] = document;

    public OrderedDictionary<string, JsonObject> Items(Guid workspace, string feature)
    {
        if (!_criteria.TryGetValue((workspace, feature), out var items)) _criteria[(workspace, feature)] = items = [];
        return items;
    }

    public void RemoveOwner(Guid workspace)
    {
        foreach (var key in _settings.Keys.Where(k => k.Workspace == workspace).ToList()) _settings.Remove(key);
        foreach (var key in _criteria.Keys.Where(k => k.Workspace == workspace).ToList()) _criteria.Remove(key);
    }
}
