using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// The settings of one call queue: call forwarding and its selective rules, the holiday/night/forced-forward/stranded
/// calls policies, DNIS numbers with their settings and announcements, and the queue's announcement files.
/// </summary>
internal static class CallQueueFeatureEndpoints
{
    private const string Queue = "/telephony/config/locations/{locationId}/queues/{queueId}";
    private static readonly string[] DnisReadOnly = ["id", "announcements"];
    private static readonly string[] QueueMessages = ["welcomeMessage", "comfortMessage", "comfortMessageBypass", "mohMessage", "waitMessage", "whisperMessage"];

    private static readonly Dictionary<string, (Func<JsonObject> Default, string[] ReadOnly)> Policies = new()
    {
        ["holidayService"] = (() => new JsonObject
        {
            ["holidayServiceEnabled"] = false,
            ["action"] = "BUSY",
            ["holidayScheduleLevel"] = "LOCATION",
            ["playAnnouncementBeforeEnabled"] = false,
            ["audioMessageSelection"] = "DEFAULT",
            ["holidaySchedules"] = new JsonArray(),
        }, ["holidaySchedules"]),
        ["nightService"] = (() => new JsonObject
        {
            ["nightServiceEnabled"] = false,
            ["action"] = "BUSY",
            ["playAnnouncementBeforeEnabled"] = true,
            ["announcementMode"] = "NORMAL",
            ["audioMessageSelection"] = "DEFAULT",
            ["businessHourSchedules"] = new JsonArray(),
            ["forceNightServiceEnabled"] = false,
            ["manualAudioMessageSelection"] = "DEFAULT",
        }, ["businessHourSchedules"]),
        ["forcedForward"] = (() => new JsonObject
        {
            ["forcedForwardEnabled"] = false,
            ["playAnnouncementBeforeEnabled"] = false,
            ["audioMessageSelection"] = "DEFAULT",
        }, []),
        ["strandedCalls"] = (() => new JsonObject
        {
            ["action"] = "NONE",
            ["audioMessageSelection"] = "DEFAULT",
        }, []),
    };

    /// <summary>The policies that list the location's schedules a queue can use: the answer's key and the schedule type.</summary>
    private static readonly Dictionary<string, (string Key, string Type)> ScheduleLists = new()
    {
        ["holidayService"] = ("holidaySchedules", "holidays"),
        ["nightService"] = ("businessHourSchedules", "businessHours"),
    };

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        foreach (var (policy, (defaults, readOnly)) in Policies)
        {
            app.MapGet($"{Queue}/{policy}", (HttpContext context, string locationId, string queueId) =>
                WithQueue(context, state, locationId, queueId, q =>
                {
                    var json = (JsonObject?)q.Policies.GetValueOrDefault(policy)?.DeepClone() ?? defaults();
                    // the schedules of the queue's location that the policy can name, as they are now
                    if (ScheduleLists.TryGetValue(policy, out var list))
                        json[list.Key] = new JsonArray(SchedulesEndpoints.LocationSchedules(state, q.Location, list.Type)
                            .Select(name => (JsonNode)new JsonObject { ["scheduleName"] = name, ["scheduleLevel"] = "LOCATION" }).ToArray());
                    return SimResults.Json(json);
                }));
            app.MapPut($"{Queue}/{policy}", (HttpContext context, string locationId, string queueId) =>
                WithBodyAsync(context, state, locationId, queueId, (q, body) =>
                {
                    Resources.ResourceEndpoints.KeepDefined(body, $"{Queue}/{policy}");
                    var current = (JsonObject?)q.Policies.GetValueOrDefault(policy)?.DeepClone() ?? defaults();
                    if (PersonSettingsEndpoints.Merge(context, current, defaults(), body, readOnly, "") is { } error) return error;
                    q.Policies[policy] = current;
                    return null;
                }));
        }

        // forwarding
        app.MapGet($"{Queue}/callForwarding", (HttpContext context, string locationId, string queueId) =>
            WithQueue(context, state, locationId, queueId, q =>
            {
                var forwarding = (JsonObject)q.Forwarding.DeepClone();
                forwarding["rules"] = new JsonArray(q.ForwardingRules.Values.Select(r => (JsonNode)RuleSummary(r)).ToArray());
                return SimResults.Json(new JsonObject { ["callForwarding"] = forwarding });
            }));
        app.MapPut($"{Queue}/callForwarding", (HttpContext context, string locationId, string queueId) =>
            WithBodyAsync(context, state, locationId, queueId, (q, body) =>
            {
                if (body["callForwarding"] is not JsonObject forwarding) return SimResults.BadRequest(context, "Missing required field(s): callForwarding.");
                if (forwarding["rules"] is JsonArray rules)
                    foreach (var rule in rules.OfType<JsonObject>())
                    {
                        if (!q.ForwardingRules.TryGetValue(JsonBody.String(rule, "id") ?? "", out var stored))
                            return SimResults.NotFound(context, "Selective forwarding rule not found.");
                        if (JsonBody.Bool(rule, "enabled") is { } enabled) stored["enabled"] = enabled;
                    }
                forwarding.Remove("rules");
                var merged = (JsonObject)q.Forwarding.DeepClone();
                if (PersonSettingsEndpoints.Merge(context, merged, q.Forwarding, forwarding, [], "callForwarding.") is { } error) return error;
                q.Forwarding = merged;
                return null;
            }));
        app.MapPost($"{Queue}/callForwarding/actions/switchMode/invoke", (HttpContext context, string locationId, string queueId) =>
            WithQueue(context, state, locationId, queueId, _ => SimResults.NoContent()));
        string rulesPath = $"{Queue}/callForwarding/selectiveRules";
        app.MapPost(rulesPath, (HttpContext context, string locationId, string queueId) =>
            WithBodyAsync(context, state, locationId, queueId, (q, body) =>
            {
                if (ValidateRule(body, creating: true) is { } message) return SimResults.BadRequest(context, message);
                string name = JsonBody.String(body, "name")!;
                if (q.ForwardingRules.Values.Any(r => JsonBody.String(r, "name") == name))
                    return SimResults.Conflict(context, $"A rule named '{name}' already exists.");
                string id = WebexIds.Encode(WebexIds.CallForwardingRule, state.NewGuid());
                var rule = new JsonObject { ["id"] = id, ["enabled"] = true };
                foreach (var (field, value) in body) if (field != "id" && value is not null) rule[field] = value.DeepClone();
                q.ForwardingRules.Add(id, rule);
                return SimResults.Json(new JsonObject { ["id"] = id }, StatusCodes.Status201Created);
            }));
        app.MapGet(rulesPath + "/{ruleId}", (HttpContext context, string locationId, string queueId, string ruleId) =>
            WithQueue(context, state, locationId, queueId, q => q.ForwardingRules.TryGetValue(ruleId, out var rule)
                ? SimResults.Json(rule.DeepClone())
                : SimResults.NotFound(context, "Selective forwarding rule not found.")));
        app.MapPut(rulesPath + "/{ruleId}", (HttpContext context, string locationId, string queueId, string ruleId) =>
            WithBodyAsync(context, state, locationId, queueId, (q, body) =>
            {
                if (!q.ForwardingRules.TryGetValue(ruleId, out var rule)) return SimResults.NotFound(context, "Selective forwarding rule not found.");
                if (ValidateRule(body, creating: false) is { } message) return SimResults.BadRequest(context, message);
                body.Remove("id");
                var merged = (JsonObject)rule.DeepClone();
                if (PersonSettingsEndpoints.Merge(context, merged, rule, body, [], "") is { } error) return error;
                q.ForwardingRules[ruleId] = merged;
                // the reference answers this update with 201 and the rule's id
                return SimResults.Json(new JsonObject { ["id"] = ruleId }, StatusCodes.Status201Created);
            }));
        app.MapDelete(rulesPath + "/{ruleId}", (HttpContext context, string locationId, string queueId, string ruleId) =>
            WithQueue(context, state, locationId, queueId, q => q.ForwardingRules.Remove(ruleId)
                ? SimResults.NoContent()
                : SimResults.NotFound(context, "Selective forwarding rule not found.")));

        // announcements
        app.MapGet($"{Queue}/announcements", (HttpContext context, string locationId, string queueId) =>
            WithQueue(context, state, locationId, queueId, q => SimResults.Json(new JsonObject
            {
                ["announcements"] = new JsonArray(q.Announcements.Select(a => (JsonNode)a.DeepClone()).ToArray()),
            })));
        app.MapDelete($"{Queue}/announcements/{{fileName}}", (HttpContext context, string locationId, string queueId, string fileName) =>
            WithQueue(context, state, locationId, queueId, q => q.Announcements.RemoveAll(a => JsonBody.String(a, "fileName") == fileName) > 0
                ? SimResults.NoContent()
                : SimResults.NotFound(context, $"Announcement file '{fileName}' not found.")));

        MapDnis(app, state);
    }

    private static void MapDnis(IEndpointRouteBuilder app, SimulatorState state)
    {
        string dnis = $"{Queue}/dnis";
        app.MapGet(dnis, (HttpContext context, string locationId, string queueId) =>
            WithQueue(context, state, locationId, queueId, q => SimResults.Json(new JsonObject
            {
                ["dnisList"] = new JsonArray(q.Dnis.Values.Select(d => (JsonNode)DnisSummary(d)).ToArray()),
            })));
        app.MapPost(dnis, (HttpContext context, string locationId, string queueId) =>
            WithBodyAsync(context, state, locationId, queueId, (q, body) =>
            {
                string? name = JsonBody.String(body, "name");
                if (string.IsNullOrWhiteSpace(name)) return SimResults.BadRequest(context, "Missing required field(s): name.");
                if (JsonBody.String(body, "phoneNumber") is null && JsonBody.String(body, "extension") is null)
                    return SimResults.BadRequest(context, "Either phoneNumber or extension is required.");
                if (q.Dnis.Values.Any(d => JsonBody.String(d, "name") == name))
                    return SimResults.Conflict(context, $"A DNIS named '{name}' already exists in this call queue.");
                string id = WebexIds.Encode(WebexIds.Dnis, state.NewGuid());
                var item = new JsonObject { ["id"] = id, ["name"] = name };
                JsonBody.Put(item, "phoneNumber", JsonBody.String(body, "phoneNumber"));
                JsonBody.Put(item, "extension", JsonBody.String(body, "extension"));
                item["ringPattern"] = JsonBody.String(body, "ringPattern") ?? "NORMAL";
                item["customDnisAnnouncementSettingsEnabled"] = false;
                q.Dnis.Add(id, item);
                return SimResults.Json(new JsonObject { ["id"] = id }, StatusCodes.Status201Created);
            }));
        app.MapDelete(dnis, (HttpContext context, string locationId, string queueId) =>
            WithBodyAsync(context, state, locationId, queueId, (q, body) =>
            {
                if (JsonBody.Strings(body, "items") is not { } ids) return SimResults.BadRequest(context, "Missing required field(s): items.");
                foreach (var id in ids) q.Dnis.Remove(id);
                return null;
            }));
        app.MapGet(dnis + "/settings", (HttpContext context, string locationId, string queueId) =>
            WithQueue(context, state, locationId, queueId, q => SimResults.Json(q.DnisSettings.DeepClone())));
        app.MapPut(dnis + "/settings", (HttpContext context, string locationId, string queueId) =>
            WithBodyAsync(context, state, locationId, queueId, (q, body) =>
            {
                var merged = (JsonObject)q.DnisSettings.DeepClone();
                if (PersonSettingsEndpoints.Merge(context, merged, q.DnisSettings, body, [], "") is { } error) return error;
                q.DnisSettings = merged;
                return null;
            }));
        string one = dnis + "/{dnisId}";
        app.MapGet(one, (HttpContext context, string locationId, string queueId, string dnisId) =>
            WithQueue(context, state, locationId, queueId, q => q.Dnis.TryGetValue(dnisId, out var d)
                ? SimResults.Json(DnisSummary(d))
                : SimResults.NotFound(context, "DNIS not found.")));
        app.MapPut(one, (HttpContext context, string locationId, string queueId, string dnisId) =>
            WithBodyAsync(context, state, locationId, queueId, (q, body) =>
            {
                if (!q.Dnis.TryGetValue(dnisId, out var d)) return SimResults.NotFound(context, "DNIS not found.");
                foreach (var field in DnisReadOnly) body.Remove(field);
                return PersonSettingsEndpoints.Merge(context, d, d, body, [], "");
            }));
        app.MapDelete(one, (HttpContext context, string locationId, string queueId, string dnisId) =>
            WithQueue(context, state, locationId, queueId, q => q.Dnis.Remove(dnisId)
                ? SimResults.NoContent()
                : SimResults.NotFound(context, "DNIS not found.")));
        app.MapGet(one + "/announcements", (HttpContext context, string locationId, string queueId, string dnisId) =>
            WithQueue(context, state, locationId, queueId, q => q.Dnis.TryGetValue(dnisId, out var d)
                ? SimResults.Json(DnisAnnouncements(q, d))
                : SimResults.NotFound(context, "DNIS not found.")));
        app.MapPut(one + "/announcements", (HttpContext context, string locationId, string queueId, string dnisId) =>
            WithBodyAsync(context, state, locationId, queueId, (q, body) =>
            {
                if (!q.Dnis.TryGetValue(dnisId, out var d)) return SimResults.NotFound(context, "DNIS not found.");
                var current = DnisAnnouncements(q, d);
                if (PersonSettingsEndpoints.Merge(context, current, current, body, [], "") is { } error) return error;
                d["customDnisAnnouncementSettingsEnabled"] = JsonBody.Bool(current, "customDnisAnnouncementSettingsEnabled") ?? false;
                current.Remove("customDnisAnnouncementSettingsEnabled");
                d["announcements"] = current;
                return null;
            }));
    }

    private static JsonObject DnisSummary(JsonObject dnis)
    {
        var json = (JsonObject)dnis.DeepClone();
        json.Remove("announcements");
        return json;
    }

    /// <summary>A DNIS's announcements: its own once customised, else the queue's messages.</summary>
    private static JsonObject DnisAnnouncements(CallQueueRecord queue, JsonObject dnis)
    {
        var json = new JsonObject { ["customDnisAnnouncementSettingsEnabled"] = JsonBody.Bool(dnis, "customDnisAnnouncementSettingsEnabled") ?? false };
        if (dnis["announcements"] is JsonObject own)
        {
            foreach (var (name, value) in own) json[name] = value?.DeepClone();
            return json;
        }
        var settings = queue.Settings["queueSettings"] as JsonObject ?? [];
        foreach (var name in QueueMessages)
            if (settings[name] is { } value) json[name] = value.DeepClone();
        return json;
    }

    private static JsonObject RuleSummary(JsonObject rule)
    {
        var json = new JsonObject { ["id"] = rule["id"]!.DeepClone(), ["name"] = rule["name"]?.DeepClone() };
        if (rule["forwardTo"] is JsonObject forwardTo) JsonBody.Put(json, "forwardTo", JsonBody.String(forwardTo, "phoneNumber"));
        json["enabled"] = JsonBody.Bool(rule, "enabled") ?? true;
        return json;
    }

    private static string? ValidateRule(JsonObject body, bool creating)
    {
        if (creating && string.IsNullOrWhiteSpace(JsonBody.String(body, "name"))) return "Missing required field(s): name.";
        if (creating && (body["callsFrom"] is not JsonObject || body["callsTo"] is not JsonObject))
            return "Missing required field(s): callsFrom, callsTo.";
        if (body["callsFrom"] is JsonObject from && JsonBody.String(from, "selection") is not (null or "ANY" or "CUSTOM"))
            return "Invalid value for field 'callsFrom.selection'.";
        if (body["forwardTo"] is JsonObject to
            && JsonBody.String(to, "selection") is not (null or "FORWARD_TO_DEFAULT_NUMBER" or "FORWARD_TO_SPECIFIED_NUMBER" or "DO_NOT_FORWARD"))
            return "Invalid value for field 'forwardTo.selection'.";
        return null;
    }

    private static IResult WithQueue(HttpContext context, SimulatorState state, string locationId, string queueId, Func<CallQueueRecord, IResult> answer)
    {
        lock (state.Sync)
        {
            var queue = CallQueueEndpoints.Resolve(context, state, locationId, queueId, out var error);
            return queue is null ? error! : answer(queue);
        }
    }

    private static async Task<IResult> WithBodyAsync(HttpContext context, SimulatorState state, string locationId, string queueId,
        Func<CallQueueRecord, JsonObject, IResult?> apply)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            var queue = CallQueueEndpoints.Resolve(context, state, locationId, queueId, out var error);
            if (queue is null) return error!;
            if (body is null) return bodyError!;
            return apply(queue, body) ?? SimResults.NoContent();
        }
    }
}
