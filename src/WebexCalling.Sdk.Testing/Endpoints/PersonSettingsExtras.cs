using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// Person settings whose GET and PUT differ in shape or that read other records: available members,
/// feature access, agent caller id, executive assistants, hot desking and shared application lines, MS Teams,
/// mode management, devices, calling services, and the voicemail/intercept actions.
/// </summary>
internal static class PersonSettingsExtras
{
    private const string People = "/people/{personId}";
    private const string Config = "/telephony/config/people/{personId}";
    private const string FeatureAccessOrg = "settings/permissions/org";
    private const string FeatureAccessPerson = "settings/permissions";

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        // available members
        // monitoring and hot desking are not in the 2026 reference: wxc_sdk's member shape
        foreach (var path in new[] { "monitoring/availableMembers", "monitoring/speedDials/availableMembers", "features/hotDesking/availableMembers" })
            SettingsOwners.MapGet(app, $"{Config}/{path}", (HttpContext context, string personId) => AvailableMembers(context, state, personId, "members", AvailableMember));
        SettingsOwners.MapGet(app, $"{Config}/applications/availableMembers", (HttpContext context, string personId) =>
            AvailableMembers(context, state, personId, "members", AvailableSharedLineMember));
        SettingsOwners.MapGet(app, $"{Config}/executive/availableAssistants", (HttpContext context, string personId) =>
            AvailableMembers(context, state, personId, "assistants", AvailableAssistant));
        SettingsOwners.MapGet(app, $"{Config}/applications/availableMembers/count", (HttpContext context, string personId) => CountMembers(context, state, personId));

        // member lists
        SettingsOwners.MapGet(app, $"{Config}/features/hotDesking/members", (HttpContext context, string personId) => ReadMembers(context, state, personId, "hotDesking"));
        SettingsOwners.MapPut(app, $"{Config}/features/hotDesking/members", (HttpContext context, string personId) => UpdateMembersAsync(context, state, personId, "hotDesking"));
        SettingsOwners.MapGet(app, $"{Config}/applications/members", (HttpContext context, string personId) => ReadMembers(context, state, personId, "applications"));
        SettingsOwners.MapPut(app, $"{Config}/applications/members", (HttpContext context, string personId) => UpdateMembersAsync(context, state, personId, "applications"));
        SettingsOwners.MapGet(app, $"{Config}/executive/assignedAssistants", (HttpContext context, string personId) => ReadAssistants(context, state, personId));
        SettingsOwners.MapPut(app, $"{Config}/executive/assignedAssistants", (HttpContext context, string personId) => UpdateAssistantsAsync(context, state, personId));

        // feature access
        SettingsOwners.MapGet(app, "/telephony/config/people/settings/permissions", (HttpContext context) => ReadOrgFeatureAccess(context, state));
        SettingsOwners.MapPut(app, "/telephony/config/people/settings/permissions", (Func<HttpContext, Task<IResult>>)(context => UpdateFeatureAccessAsync(context, state, null)));
        SettingsOwners.MapGet(app, $"{Config}/settings/permissions", (HttpContext context, string personId) => ReadFeatureAccess(context, state, personId));
        SettingsOwners.MapPut(app, $"{Config}/settings/permissions", (HttpContext context, string personId) => UpdateFeatureAccessAsync(context, state, personId));
        SettingsOwners.MapPost(app, $"{Config}/settings/permissions/actions/reset/invoke", (HttpContext context, string personId) =>
            WithPerson(context, state, personId, p => state.Area<PersonSettingsStore>().Reset(p.Uuid, FeatureAccessPerson)));

        // agent caller id (call queues the person is an agent of)
        SettingsOwners.MapGet(app, $"{Config}/agent/availableCallerIds", (HttpContext context, string personId) => AvailableCallerIds(context, state, personId));
        SettingsOwners.MapGet(app, $"{Config}/agent/callerId", (HttpContext context, string personId) => ReadAgentCallerId(context, state, personId));
        SettingsOwners.MapPut(app, $"{Config}/agent/callerId", (HttpContext context, string personId) => UpdateAgentCallerIdAsync(context, state, personId));

        // MS Teams, mode management, devices, services
        SettingsOwners.MapGet(app, $"{Config}/settings/msTeams", (HttpContext context, string personId) => ReadMsTeams(context, state, personId));
        SettingsOwners.MapPut(app, $"{Config}/settings/msTeams", (HttpContext context, string personId) => UpdateMsTeamsAsync(context, state, personId));
        SettingsOwners.MapGet(app, $"{Config}/modeManagement/availableFeatures", (HttpContext context, string personId) => ModeFeatures(context, state, personId, assigned: false));
        SettingsOwners.MapGet(app, $"{Config}/modeManagement/features", (HttpContext context, string personId) => ModeFeatures(context, state, personId, assigned: true));
        SettingsOwners.MapPut(app, $"{Config}/modeManagement/features", (HttpContext context, string personId) => AssignModeFeaturesAsync(context, state, personId));
        SettingsOwners.MapGet(app, $"{Config}/devices", (HttpContext context, string personId) => WithPersonJson(context, state, personId, person => new JsonObject
        {
            // the phones the person is on (theirs or a shared line), as the device store has them
            ["devices"] = TelephonyDevicesEndpoints.DevicesOf(state, person.Id),
            ["maxDeviceCount"] = 5,
            ["maxOwnedDeviceCount"] = 5,
        }));
        SettingsOwners.MapPut(app, $"{Config}/devices/settings/hoteling", (HttpContext context, string personId) => SaveBodyAsync(context, state, personId, "devices/settings/hoteling"));
        SettingsOwners.MapGet(app, $"{Config}/emergencyCallbackNumber/dependencies", (HttpContext context, string personId) => EcbnDependencies(context, state, personId));
        SettingsOwners.MapGet(app, $"{Config}/services", (HttpContext context, string personId) => WithPersonJson(context, state, personId, p => new JsonObject
        {
            ["services"] = JsonBody.Array(p.Location is null ? [] : ["CALL_FORWARDING", "CALL_WAITING", "VOICEMAIL", "CALLER_ID", "DO_NOT_DISTURB"]),
        }));

        // actions
        SettingsOwners.MapPost(app, $"{People}/features/intercept/actions/announcementUpload/invoke", (HttpContext context, string personId) =>
            UploadAsync(context, state, personId, "features/intercept", "incoming.announcements.filename"));
        SettingsOwners.MapPost(app, $"{People}/features/voicemail/actions/uploadBusyGreeting/invoke", (HttpContext context, string personId) =>
            UploadAsync(context, state, personId, "features/voicemail", "sendBusyCalls.greetingUploaded"));
        SettingsOwners.MapPost(app, $"{People}/features/voicemail/actions/uploadNoAnswerGreeting/invoke", (HttpContext context, string personId) =>
            UploadAsync(context, state, personId, "features/voicemail", "sendUnansweredCalls.greetingUploaded"));
        SettingsOwners.MapPost(app, $"{People}/features/voicemail/actions/resetPin/invoke", (HttpContext context, string personId) =>
            WithPerson(context, state, personId, _ => { }));
        SettingsOwners.MapPut(app, $"{Config}/voicemail/passcode", (HttpContext context, string personId) => UpdatePasscodeAsync(context, state, personId));
    }

    private static IResult WithPerson(HttpContext context, SimulatorState state, string personId, Action<SettingsOwnerRecord> action)
    {
        lock (state.Sync)
        {
            var person = SettingsOwners.Resolve(context, state, personId, out var error);
            if (person is null) return error!;
            action(person);
        }
        return SimResults.NoContent();
    }

    private static IResult WithPersonJson(HttpContext context, SimulatorState state, string personId, Func<SettingsOwnerRecord, JsonObject> answer)
    {
        lock (state.Sync)
        {
            var person = SettingsOwners.Resolve(context, state, personId, out var error);
            return person is null ? error! : SimResults.Json(answer(person));
        }
    }

    /// <summary>Reads the body and resolves the person (404/400 first), then runs <paramref name="apply"/> under the lock.</summary>
    internal static async Task<IResult> WithBodyAsync(HttpContext context, SimulatorState state, string personId,
        Func<SettingsOwnerRecord, JsonObject, IResult?> apply, bool allowEmptyBody = false)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context, allowEmptyBody).ConfigureAwait(false);
        lock (state.Sync)
        {
            var person = SettingsOwners.Resolve(context, state, personId, out var error);
            if (person is null) return error!;
            if (body is null) return bodyError!;
            return apply(person, body) ?? SimResults.NoContent();
        }
    }

    private static Task<IResult> SaveBodyAsync(HttpContext context, SimulatorState state, string personId, string key) =>
        WithBodyAsync(context, state, personId, (person, body) =>
        {
            state.Area<PersonSettingsStore>().Save(person.Uuid, key, body);
            return null;
        });

    // ---- members -------------------------------------------------------------------------------------------------

    private static IEnumerable<PersonRecord> Candidates(HttpContext context, SimulatorState state, SettingsOwnerRecord person)
    {
        string? name = context.Request.Query["name"].FirstOrDefault() ?? context.Request.Query["memberName"].FirstOrDefault();
        string? number = context.Request.Query["phoneNumber"];
        string? extension = context.Request.Query["extension"];
        string? locationId = context.Request.Query["locationId"];
        IEnumerable<PersonRecord> found = state.People.Values.Where(p => p.Uuid != person.Uuid && p.Location is not null);
        if (locationId is not null) found = found.Where(p => p.Location?.Id == locationId);
        if (name is not null) found = found.Where(p => p.DisplayName?.Contains(name, StringComparison.OrdinalIgnoreCase) == true);
        if (number is not null) found = found.Where(p => p.PhoneNumbers.Any(n => n.Value.Contains(number, StringComparison.Ordinal)));
        if (extension is not null) found = found.Where(p => p.Extension == extension);
        return found;
    }

    // the fields every member-like answer starts with: id, names, a number (named as the endpoint names it), extension
    private static JsonObject Named(SettingsOwnerRecord p, string numberField)
    {
        var json = new JsonObject { ["id"] = p.Id };
        JsonBody.Put(json, "firstName", p.FirstName);
        JsonBody.Put(json, "lastName", p.LastName);
        JsonBody.Put(json, numberField, PersonSettingsCatalog.PrimaryNumber(p));
        JsonBody.Put(json, "extension", p.Extension);
        return json;
    }

    private static JsonObject WithLocation(JsonObject json, SettingsOwnerRecord p)
    {
        if (p.Location is not null) json["location"] = new JsonObject { ["id"] = p.Location.Id, ["name"] = p.Location.Name };
        return json;
    }

    private static JsonObject AvailableMember(SettingsOwnerRecord p)
    {
        var json = Named(p, "phoneNumber");
        JsonBody.Put(json, "displayName", p.DisplayName);
        json["lineType"] = "PRIMARY";
        json["memberType"] = "PEOPLE";
        json["type"] = "PEOPLE";
        return WithLocation(json, p);
    }

    // the reference's available member of an app shared line: names, number, extension, line type and location
    private static JsonObject AvailableSharedLineMember(SettingsOwnerRecord p)
    {
        var json = Named(p, "phoneNumber");
        json["lineType"] = "SHARED_CALL_APPEARANCE";
        return WithLocation(json, p);
    }

    // the reference's available assistant: names, directNumber and extension only
    private static JsonObject AvailableAssistant(SettingsOwnerRecord p) => Named(p, "directNumber");

    private static IResult AvailableMembers(HttpContext context, SimulatorState state, string personId, string itemsKey,
        Func<SettingsOwnerRecord, JsonObject> shape)
    {
        lock (state.Sync)
        {
            var person = SettingsOwners.Resolve(context, state, personId, out var error);
            if (person is null) return error!;
            return Paging.Page(context, state, Candidates(context, state, person).Select(p => SettingsOwnerRecord.Of(p)).ToList(), shape, itemsKey: itemsKey);
        }
    }

    private static IResult CountMembers(HttpContext context, SimulatorState state, string personId) =>
        WithPersonJson(context, state, personId, p => new JsonObject { ["totalCount"] = Candidates(context, state, p).Count() });

    private static IResult ReadMembers(HttpContext context, SimulatorState state, string personId, string kind) =>
        WithPersonJson(context, state, personId, p => new JsonObject
        {
            ["model"] = kind == "hotDesking" ? "Hot desking" : "Webex Desktop Application",
            ["members"] = new JsonArray(state.Area<PersonSettingsStore>().Items(p.Uuid, kind).Values.Select(m => (JsonNode)m.DeepClone()).ToArray()),
            ["maxLineCount"] = kind == "hotDesking" ? 10 : 35,
        });

    private static Task<IResult> UpdateMembersAsync(HttpContext context, SimulatorState state, string personId, string kind) =>
        WithBodyAsync(context, state, personId, (person, body) =>
        {
            // the shared line update makes members optional: without them nothing changes (hot desking requires them)
            if (kind == "applications" && !body.ContainsKey("members")) return null;
            if (body["members"] is not JsonArray list) return SimResults.BadRequest(context, "Missing required field(s): members.");
            var members = new List<JsonObject>();
            int port = 1;
            foreach (var item in list.OfType<JsonObject>())
            {
                // the hot-desking update names member types USER, PLACE and VIRTUAL_PROFILE; its read answers PEOPLE, PLACE, VIRTUAL_LINE
                if (kind == "hotDesking" && JsonBody.String(item, "memberType") is { } memberType
                    && memberType is not ("USER" or "PLACE" or "VIRTUAL_PROFILE"))
                    return SimResults.BadRequest(context, $"Invalid value for field 'memberType': '{memberType}'.");
                var member = PeopleEndpoints.Resolve(context, state, JsonBody.String(item, "id") ?? "", out var error);
                if (member is null) return error;
                var json = AvailableMember(member);
                json.Remove("type");
                json["port"] = JsonBody.Int(item, "port") ?? port;
                json["primaryOwner"] = JsonBody.Bool(item, "primaryOwner") ?? member.Uuid == person.Uuid;
                json["lineType"] = JsonBody.String(item, "lineType") ?? (member.Uuid == person.Uuid ? "PRIMARY" : "SHARED_CALL_APPEARANCE");
                json["lineWeight"] = JsonBody.Int(item, "lineWeight") ?? 1;
                json["hotlineEnabled"] = JsonBody.Bool(item, "hotlineEnabled") ?? false;
                JsonBody.Put(json, "hotlineDestination", JsonBody.String(item, "hotlineDestination"));
                json["allowCallDeclineEnabled"] = JsonBody.Bool(item, "allowCallDeclineEnabled") ?? true;
                members.Add(json);
                port++;
            }
            var items = state.Area<PersonSettingsStore>().Items(person.Uuid, kind);
            items.Clear();
            foreach (var m in members) items[JsonBody.String(m, "id")!] = m;
            return null;
        }, allowEmptyBody: kind == "applications");

    private static IResult ReadAssistants(HttpContext context, SimulatorState state, string personId) =>
        WithPersonJson(context, state, personId, p =>
        {
            var store = state.Area<PersonSettingsStore>();
            return new JsonObject
            {
                ["allowOptInOutEnabled"] = JsonBody.Bool(store.Find(p.Uuid, "executive/assignedAssistants") ?? [], "allowOptInOutEnabled") ?? true,
                ["assistants"] = new JsonArray(store.Items(p.Uuid, "executive/assignedAssistants").Values.Select(a => (JsonNode)a.DeepClone()).ToArray()),
            };
        });

    private static Task<IResult> UpdateAssistantsAsync(HttpContext context, SimulatorState state, string personId) =>
        WithBodyAsync(context, state, personId, (person, body) =>
        {
            var store = state.Area<PersonSettingsStore>();
            if (body.ContainsKey("allowOptInOutEnabled"))
            {
                if (JsonBody.Bool(body, "allowOptInOutEnabled") is not { } allow)
                    return SimResults.BadRequest(context, "Invalid value for field 'allowOptInOutEnabled'.");
                store.Save(person.Uuid, "executive/assignedAssistants", new JsonObject { ["allowOptInOutEnabled"] = allow });
            }
            // Webex's docs (quoted by wxc_sdk's update_assigned_assistants): "To remove all assigned assistants, set
            // assistantIds to null."
            if (body.TryGetPropertyValue("assistantIds", out var idsNode) && idsNode is null)
            {
                store.Items(person.Uuid, "executive/assignedAssistants").Clear();
                return null;
            }
            if (JsonBody.Strings(body, "assistantIds") is not { } ids) return null;
            var assistants = new List<JsonObject>();
            foreach (var id in ids)
            {
                var assistant = PeopleEndpoints.Resolve(context, state, id, out var error);
                if (assistant is null) return error;
                if (assistant.Uuid == person.Uuid) return SimResults.BadRequest(context, "An executive cannot be their own assistant.");
                var json = Named(assistant, "directNumber");
                json["optInEnabled"] = true;
                assistants.Add(WithLocation(json, assistant));
            }
            var items = store.Items(person.Uuid, "executive/assignedAssistants");
            items.Clear();
            foreach (var a in assistants) items[JsonBody.String(a, "id")!] = a;
            return null;
        });

    /// <summary>The executives that assigned <paramref name="assistant"/> as their assistant, with that assignment.</summary>
    private static IEnumerable<(PersonRecord Executive, JsonObject Assignment)> ExecutivesOf(SimulatorState state, SettingsOwnerRecord assistant)
    {
        var store = state.Area<PersonSettingsStore>();
        foreach (var executive in state.People.Values)
            if (executive.Uuid != assistant.Uuid && store.Items(executive.Uuid, "executive/assignedAssistants").TryGetValue(assistant.Id, out var assignment))
                yield return (executive, assignment);
    }

    /// <summary>An assistant's settings list the executives that assigned them, with their opt-in as those executives hold it.</summary>
    internal static void DecorateAssistant(SimulatorState state, SettingsOwnerRecord assistant, JsonObject json) =>
        json["executives"] = new JsonArray(ExecutivesOf(state, assistant).Select(e =>
        {
            var executive = Named(e.Executive, "directNumber");
            executive["optInEnabled"] = JsonBody.Bool(e.Assignment, "optInEnabled") ?? true;
            return (JsonNode)executive;
        }).ToArray());

    /// <summary>
    /// An assistant's PUT may opt in or out of the pools of executives that assigned them (<c>executives[].personId</c>,
    /// <c>optInEnabled</c>); an executive that did not assign them is a 400. The list itself is never stored.
    /// </summary>
    internal static IResult? PrepareAssistant(HttpContext context, SimulatorState state, SettingsOwnerRecord assistant, JsonObject body)
    {
        if (!body.TryGetPropertyValue("executives", out var node)) return null;
        body.Remove("executives");
        if (node is null) return null;
        if (node is not JsonArray list) return SimResults.BadRequest(context, "Invalid value for field 'executives'.");
        var assignments = ExecutivesOf(state, assistant).ToDictionary(e => e.Executive.Id, e => e.Assignment, StringComparer.Ordinal);
        var changes = new List<(JsonObject Assignment, bool OptIn)>();
        foreach (var item in list)
        {
            if (item is not JsonObject entry || JsonBody.String(entry, "personId") is not { } id || JsonBody.Bool(entry, "optInEnabled") is not { } optIn)
                return SimResults.BadRequest(context, "Each executive needs a personId and optInEnabled.");
            if (!assignments.TryGetValue(id, out var assignment))
                return SimResults.BadRequest(context, $"The person is not an assistant of executive '{id}'.");
            changes.Add((assignment, optIn));
        }
        foreach (var (assignment, optIn) in changes) assignment["optInEnabled"] = optIn;
        return null;
    }

    // ---- feature access ------------------------------------------------------------------------------------------

    private static readonly string[] FeatureAccessFields =
    [
        "anonymousCallRejection", "bargeIn", "blockCallerId", "callForwarding", "callWaiting", "callNotify",
        "connectedLineIdentity", "executive", "hoteling", "priorityAlert", "selectivelyAcceptCalls", "selectivelyRejectCalls",
        "selectivelyForwardCalls", "sequentialRing", "simultaneousRing", "singleNumberReach", "voicemail", "sendCallsToVoicemail",
        "voicemailEmailCopy", "voicemailFaxMessaging", "voicemailMessageStorage", "voicemailNotifications",
        "voicemailTransferNumber", "generateActivationCode", "voicemailDownload", "speedDial",
    ];

    private static JsonObject OrgFeatureAccess(SimulatorState state)
    {
        var json = state.Area<PersonSettingsStore>().Find(Guid.Empty, FeatureAccessOrg);
        if (json is not null) return (JsonObject)json.DeepClone();
        json = [];
        foreach (var field in FeatureAccessFields) json[field] = "FULL_ACCESS";
        return json;
    }

    private static IResult ReadOrgFeatureAccess(HttpContext context, SimulatorState state)
    {
        lock (state.Sync) return SimResults.Json(OrgFeatureAccess(state));
    }

    private static IResult ReadFeatureAccess(HttpContext context, SimulatorState state, string personId) =>
        WithPersonJson(context, state, personId, p =>
        {
            var own = state.Area<PersonSettingsStore>().Find(p.Uuid, FeatureAccessPerson);
            return new JsonObject
            {
                ["userOrgSettingsPermissionEnabled"] = own is null,
                ["userOrgSettingsPermissions"] = own?.DeepClone() ?? OrgFeatureAccess(state),
            };
        });

    /// <summary>Updates the organisation default (<paramref name="personId"/> null) or one person's feature access.</summary>
    private static async Task<IResult> UpdateFeatureAccessAsync(HttpContext context, SimulatorState state, string? personId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            Guid owner = Guid.Empty;
            if (personId is not null)
            {
                var person = SettingsOwners.Resolve(context, state, personId, out var error);
                if (person is null) return error!;
                owner = person.Uuid;
            }
            if (body is null) return bodyError!;
            var store = state.Area<PersonSettingsStore>();
            var current = (JsonObject?)store.Find(owner, personId is null ? FeatureAccessOrg : FeatureAccessPerson)?.DeepClone() ?? OrgFeatureAccess(state);
            foreach (var (name, value) in body)
            {
                if (Array.IndexOf(FeatureAccessFields, name) < 0) continue;
                if (JsonBody.Text(value) is not ("FULL_ACCESS" or "NO_ACCESS" or "VIEW_ONLY") and var level)
                    return SimResults.BadRequest(context, $"Invalid value for field '{name}': '{level}'.");
                current[name] = JsonBody.Text(value);
            }
            store.Save(owner, personId is null ? FeatureAccessOrg : FeatureAccessPerson, current);
        }
        return SimResults.NoContent();
    }

    // ---- agent caller id -----------------------------------------------------------------------------------------

    private static JsonObject CallerIdOf(CallQueueRecord queue)
    {
        var json = new JsonObject { ["id"] = queue.Id, ["type"] = "CALL_QUEUE", ["name"] = queue.Name };
        JsonBody.Put(json, "phoneNumber", queue.PhoneNumber);
        JsonBody.Put(json, "extension", queue.Extension);
        return json;
    }

    private static IResult AvailableCallerIds(HttpContext context, SimulatorState state, string personId) =>
        WithPersonJson(context, state, personId, p => new JsonObject
        {
            ["availableCallerIds"] = new JsonArray(state.Area<CallQueueStore>().QueuesOfAgent(p).Select(q => (JsonNode)CallerIdOf(q)).ToArray()),
        });

    private static IResult ReadAgentCallerId(HttpContext context, SimulatorState state, string personId) =>
        WithPersonJson(context, state, personId, p =>
        {
            string? selected = JsonBody.String(state.Area<PersonSettingsStore>().Find(p.Uuid, "agent/callerId") ?? [], "selectedCallerId");
            var queue = state.Area<CallQueueStore>().QueuesOfAgent(p).FirstOrDefault(q => q.Id == selected);
            // the reference requires selectedCallerId: null while the agent uses their own caller id
            return new JsonObject { ["selectedCallerId"] = queue is null ? null : CallerIdOf(queue) };
        });

    private static Task<IResult> UpdateAgentCallerIdAsync(HttpContext context, SimulatorState state, string personId) =>
        WithBodyAsync(context, state, personId, (person, body) =>
        {
            if (!body.ContainsKey("selectedCallerId")) return SimResults.BadRequest(context, "Missing required field(s): selectedCallerId.");
            string? id = JsonBody.String(body, "selectedCallerId");
            if (id is not null && !state.Area<CallQueueStore>().QueuesOfAgent(person).Any(q => q.Id == id))
                return SimResults.BadRequest(context, $"'{id}' is not an available caller id of this agent.");
            state.Area<PersonSettingsStore>().Save(person.Uuid, "agent/callerId", new JsonObject { ["selectedCallerId"] = id });
            return null;
        });

    // ---- MS Teams, mode management -------------------------------------------------------------------------------

    private static IResult ReadMsTeams(HttpContext context, SimulatorState state, string personId) =>
        WithPersonJson(context, state, personId, p =>
        {
            var own = state.Area<PersonSettingsStore>().Find(p.Uuid, "settings/msTeams");
            var hide = new JsonObject
            {
                ["settingName"] = "HIDE_WEBEX_APP",
                ["level"] = own is null ? "ORGANIZATION" : "PEOPLE",
                ["value"] = JsonBody.Bool(own ?? [], "value") ?? false,
                ["lastModified"] = PersonRecord.Timestamp(own is null ? SimulatorState.SeedEpoch : DateTimeOffset.Parse(JsonBody.String(own, "lastModified")!, CultureInfo.InvariantCulture)),
            };
            var presence = new JsonObject
            {
                ["settingName"] = "PRESENCE_SYNC",
                ["level"] = "ORGANIZATION",
                ["value"] = true,
                ["lastModified"] = PersonRecord.Timestamp(SimulatorState.SeedEpoch),
            };
            return new JsonObject { ["personId"] = p.Id, ["orgId"] = state.OrgId, ["settings"] = new JsonArray(hide, presence) };
        });

    private static Task<IResult> UpdateMsTeamsAsync(HttpContext context, SimulatorState state, string personId) =>
        WithBodyAsync(context, state, personId, (person, body) =>
        {
            if (JsonBody.String(body, "settingName") != "HIDE_WEBEX_APP")
                return SimResults.BadRequest(context, "settingName must be HIDE_WEBEX_APP.");
            if (JsonBody.Bool(body, "value") is not { } value) return SimResults.BadRequest(context, "Missing or invalid field: value.");
            state.Area<PersonSettingsStore>().Save(person.Uuid, "settings/msTeams", new JsonObject
            {
                ["value"] = value,
                ["lastModified"] = PersonRecord.Timestamp(state.Time.GetUtcNow()),
            });
            return null;
        });

    private static JsonObject ModeFeature(CallQueueRecord queue)
    {
        var json = CallerIdOf(queue);
        json["location"] = new JsonObject { ["id"] = queue.Location.Id, ["name"] = queue.Location.Name };
        return json;
    }

    private static IResult ModeFeatures(HttpContext context, SimulatorState state, string personId, bool assigned)
    {
        lock (state.Sync)
        {
            var person = SettingsOwners.Resolve(context, state, personId, out var error);
            if (person is null) return error!;
            var queues = state.Area<CallQueueStore>().Queues.Values;
            if (!assigned)
            {
                // filters of List Mode Management Available Features (wxc_sdk available_features: name, phoneNumber, extension)
                string? name = context.Request.Query["name"], number = context.Request.Query["phoneNumber"], extension = context.Request.Query["extension"];
                var matching = queues.Where(q =>
                    (name is null || q.Name.Contains(name, StringComparison.OrdinalIgnoreCase))
                    && (number is null || (q.PhoneNumber ?? "").Contains(number, StringComparison.Ordinal))
                    && (extension is null || (q.Extension ?? "").Contains(extension, StringComparison.Ordinal))).ToList();
                return Paging.Page(context, state, matching, q => ModeFeature(q), itemsKey: "features");
            }
            var ids = JsonBody.Strings(state.Area<PersonSettingsStore>().Find(person.Uuid, "modeManagement/features") ?? [], "featureIds") ?? [];
            var features = queues.Where(q => ids.Contains(q.Id)).Select(q =>
            {
                var json = ModeFeature(q);
                json["modeBasedForwardingEnabled"] = false;
                return (JsonNode)json;
            });
            return SimResults.Json(new JsonObject { ["features"] = new JsonArray(features.ToArray()) });
        }
    }

    private static Task<IResult> AssignModeFeaturesAsync(HttpContext context, SimulatorState state, string personId) =>
        WithBodyAsync(context, state, personId, (person, body) =>
        {
            if (JsonBody.Strings(body, "featureIds") is not { } ids) return SimResults.BadRequest(context, "Missing required field(s): featureIds.");
            if (ids.Count > 50) return SimResults.BadRequest(context, "At most 50 features can be assigned.");
            var known = state.Area<CallQueueStore>().Queues.Values.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
            if (ids.FirstOrDefault(id => !known.Contains(id)) is { } unknown) return SimResults.NotFound(context, $"Feature '{unknown}' not found.");
            state.Area<PersonSettingsStore>().Save(person.Uuid, "modeManagement/features", new JsonObject { ["featureIds"] = JsonBody.Array(ids) });
            return null;
        });

    /// <summary>How many people use this person's number as their emergency callback number.</summary>
    private static IResult EcbnDependencies(HttpContext context, SimulatorState state, string personId) =>
        WithPersonJson(context, state, personId, p =>
        {
            var store = state.Area<PersonSettingsStore>();
            var feature = PersonSettingsEndpoints.Feature("emergencyCallbackNumber");
            int dependents = state.People.Values.Count(other => other.Uuid != p.Uuid
                && store.Find(other.Uuid, feature.Path)?["locationMemberInfo"]?["memberId"]?.GetValue<string>() == p.Id
                && JsonBody.String(store.Find(other.Uuid, feature.Path)!, "selected") == "LOCATION_MEMBER_NUMBER");
            string? selected = JsonBody.String(PersonSettingsEndpoints.Current(state, feature, p), "selected");
            return new JsonObject
            {
                ["isLocationEcbnDefault"] = false,
                ["isSelfEcbnDefault"] = selected == "DIRECT_LINE",
                ["dependentMemberCount"] = dependents,
            };
        });

    // ---- actions -------------------------------------------------------------------------------------------------

    /// <summary>
    /// An upload (multipart WAV): marks the greeting as uploaded in the setting's document, recording the file's own
    /// name where the setting shows one (the intercept announcement).
    /// </summary>
    private static async Task<IResult> UploadAsync(HttpContext context, SimulatorState state, string personId, string featureName, string field)
    {
        if (!context.Request.HasFormContentType)
            return SimResults.BadRequest(context, "The upload must be multipart/form-data with a WAV file.");
        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        if (form.Files.Count == 0 || string.IsNullOrWhiteSpace(form.Files[0].FileName))
            return SimResults.BadRequest(context, "The upload must contain a WAV file.");
        string fileName = Path.GetFileName(form.Files[0].FileName);
        lock (state.Sync)
        {
            var person = SettingsOwners.Resolve(context, state, personId, out var error);
            if (person is null) return error!;
            var feature = PersonSettingsEndpoints.Feature(featureName);
            var json = PersonSettingsEndpoints.Current(state, feature, person);
            var parts = field.Split('.');
            var target = json;
            foreach (var part in parts[..^1]) target = (JsonObject)target[part]!;
            target[parts[^1]] = field.EndsWith("filename", StringComparison.Ordinal) ? fileName : true;
            state.Area<PersonSettingsStore>().Save(person.Uuid, feature.Path, json);
        }
        return SimResults.NoContent();
    }

    private static Task<IResult> UpdatePasscodeAsync(HttpContext context, SimulatorState state, string personId) =>
        WithBodyAsync(context, state, personId, (_, body) =>
        {
            string? passcode = JsonBody.String(body, "passcode");
            // the reference: "The minimum length of the passcode is 6 and the maximum length is 30."
            return passcode is null || passcode.Length is < 6 or > 30 || !passcode.All(char.IsAsciiDigit)
                ? SimResults.BadRequest(context, "The passcode must be 6 to 30 digits.")
                : null;
        });
}
