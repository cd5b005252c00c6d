using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.Resources;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// Workspaces (<c>/v1/workspaces</c>, the 2026 admin reference) over the <see cref="OwnerEntities"/> records: CRUD, the
/// list filters, capabilities, personalisation and the workspace numbers (<c>…/features/numbers</c> and
/// <c>telephony/config/workspaces/{id}/numbers</c>).
/// A Webex Calling workspace needs a location and a phone number (a free one of the location: 409 when another owner
/// has it) or an extension (unique in the location: 409), unless it is hot desk only. Changing the calling away from
/// Webex Calling, or deleting the workspace, removes its numbers and its calling settings, so the numbers list shows
/// its numbers free again.
/// </summary>
internal static class WorkspacesEndpoints
{
    private const string Root = "/workspaces";
    private const string WorkspacesLicense = "Webex Calling - Workspaces";

    /// <summary>The calling types whose workspaces can change calling (the reference's update rule).</summary>
    private static readonly string[] ChangeableCalling = ["freeCalling", "none", "thirdPartySipCalling", "webexCalling"];

    private static readonly string[] CallingTypes = ["freeCalling", "hybridCalling", "webexCalling", "webexEdgeForDevices", "thirdPartySipCalling", "none"];

    private static readonly string[] Sensors = ["occupancyDetection", "presenceDetection", "ambientNoise", "soundLevel", "temperature", "airQuality", "relativeHumidity"];

    private static readonly string[] Types = ["notSet", "focus", "huddle", "meetingRoom", "open", "desk", "other"];

    /// <summary>The body fields a workspace keeps as written (the typed ones live on the record).</summary>
    private static readonly string[] Kept = ["capacity", "type", "floorId", "notes", "hotdeskingStatus", "supportedDevices",
        "calendar", "deviceHostedMeetings", "devicePlatform", "indoorNavigation"];

    /// <summary>What an update clears when left out (the reference: capacity, type and notes).</summary>
    private static readonly string[] ClearedWhenOmitted = ["capacity", "type", "notes"];

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapGet(Root, (HttpContext context) => List(context, state));
        app.MapPost(Root, (Func<HttpContext, Task<IResult>>)(context => CreateAsync(context, state)));
        app.MapGet(Root + "/{workspaceId}", (HttpContext context, string workspaceId) => Locked(context, state, () =>
            Find(context, state, workspaceId, out var error) is { } w ? SimResults.Json(ToJson(context, state, w)) : error!));
        app.MapPut(Root + "/{workspaceId}", (HttpContext context, string workspaceId) => UpdateAsync(context, state, workspaceId));
        app.MapDelete(Root + "/{workspaceId}", (HttpContext context, string workspaceId) => Locked(context, state, () =>
        {
            if (Find(context, state, workspaceId, out var error) is not { } w) return error!;
            RemoveCalling(state, w);
            state.Area<OwnerEntities>().Workspaces.Remove(w.Uuid);
            return SimResults.NoContent();
        }));
        app.MapGet(Root + "/{workspaceId}/capabilities", (HttpContext context, string workspaceId) => Locked(context, state, () =>
            Find(context, state, workspaceId, out var error) is { } w
                ? SimResults.Json(new JsonObject { ["capabilities"] = Capabilities(w) }) : error!));

        app.MapPost(Root + "/{workspaceId}/personalize", (HttpContext context, string workspaceId) => PersonalizeAsync(context, state, workspaceId));
        app.MapGet(Root + "/{workspaceId}/personalizationTask", (HttpContext context, string workspaceId) =>
            Locked(context, state, () => PersonalizationTask(context, state, workspaceId)));

        app.MapGet(Root + "/{workspaceId}/features/numbers", (HttpContext context, string workspaceId) => Locked(context, state, () =>
            FindCalling(context, state, workspaceId, out var error) is { } w ? SimResults.Json(NumbersJson(state, w)) : error!));
        app.MapPut("/telephony/config/workspaces/{workspaceId}/numbers", (HttpContext context, string workspaceId) =>
            UpdateNumbersAsync(context, state, workspaceId));
    }

    /// <summary>
    /// Gives the seeded workspaces (<see cref="OwnerEntities.SeedDemoOrg"/>) what the workspaces area keeps: the lobby its
    /// Webex Calling Workspaces licence and type <c>open</c>, the board room type <c>meetingRoom</c>, capacity 12 and a
    /// Microsoft calendar. Draws nothing from the random source.
    /// </summary>
    public static void SeedDemoOrg(SimulatorState state, DemoOrgContext demo)
    {
        lock (state.Sync)
        {
            string license = state.Area<LicenseStore>().Licenses.First(l => l.Name == WorkspacesLicense).Id;
            foreach (var w in state.Area<OwnerEntities>().Workspaces.Values)
            {
                if (w.WebexCalling)
                {
                    w.Body["licenses"] = JsonBody.Array([license]);
                    w.Body["type"] = "open";
                    w.Body["supportedDevices"] = "phones";
                }
                else
                {
                    w.Body["type"] = "meetingRoom";
                    w.Body["capacity"] = 12;
                    string mail = new string(w.DisplayName.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
                    w.Body["calendar"] = new JsonObject { ["type"] = "microsoft", ["emailAddress"] = mail + "@example.com" };
                }
            }
        }
        _ = demo;
    }

    // ---- helpers

    private static IResult Locked(HttpContext context, SimulatorState state, Func<IResult> op)
    {
        lock (state.Sync) return LocationsEndpoints.CheckOrg(context, state) ?? op();
    }

    /// <summary>The workspace of a path id: 400 for a malformed id, 404 for an unknown one. Call under the lock.</summary>
    internal static WorkspaceRecord? Find(HttpContext context, SimulatorState state, string workspaceId, out IResult? error)
    {
        error = null;
        if (!WebexIds.TryDecode(workspaceId, WebexIds.Workspace, out _))
        {
            error = SimResults.BadRequest(context, $"Invalid workspace id: '{workspaceId}'.");
            return null;
        }
        var workspace = state.Area<OwnerEntities>().FindWorkspace(workspaceId);
        if (workspace is null) error = SimResults.NotFound(context, "Workspace not found.");
        return workspace;
    }

    /// <summary><see cref="Find"/> for the calling settings: a workspace without Webex Calling answers 404.</summary>
    private static WorkspaceRecord? FindCalling(HttpContext context, SimulatorState state, string workspaceId, out IResult? error)
    {
        var workspace = Find(context, state, workspaceId, out error);
        if (workspace is { WebexCalling: false })
        {
            error = SimResults.NotFound(context, "The workspace has no Webex Calling licence.");
            return null;
        }
        return workspace;
    }

    /// <summary>The id of a location as the legacy /workspaceLocations API names it.</summary>
    internal static string WorkspaceLocationId(LocationRecord location) =>
        WebexIds.Encode(WorkspaceLocationsEndpoints.Kind, location.Uuid);

    /// <summary>A location given by a /locations id or a /workspaceLocations id; null when unknown.</summary>
    internal static LocationRecord? FindLocation(SimulatorState state, string? id) =>
        state.FindLocation(id)
        ?? (WebexIds.TryDecode(id, WorkspaceLocationsEndpoints.Kind, out var uuid) && state.Locations.TryGetValue(uuid, out var l) ? l : null);

    private static JsonObject ToJson(HttpContext context, SimulatorState state, WorkspaceRecord w)
    {
        var json = new JsonObject { ["id"] = w.Id, ["orgId"] = state.OrgId };
        if (w.Location is { } location)
        {
            json["locationId"] = location.Id;
            json["workspaceLocationId"] = WorkspaceLocationId(location);
        }
        JsonBody.Put(json, "floorId", JsonBody.String(w.Body, "floorId"));
        json["displayName"] = w.DisplayName;
        if (w.Body["capacity"] is { } capacity) json["capacity"] = capacity.DeepClone();
        JsonBody.Put(json, "type", JsonBody.String(w.Body, "type"));
        json["sipAddress"] = SipAddress(w);
        json["created"] = w.Created.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var calling = new JsonObject { ["type"] = w.Calling };
        if (w.Body["hybridCalling"] is JsonObject hybrid && w.Calling == "hybridCalling") calling["hybridCalling"] = hybrid.DeepClone();
        // Webex answers only the licenses of webexCalling: number and extension are read from the workspace numbers
        if (w.WebexCalling) calling["webexCalling"] = new JsonObject { ["licenses"] = w.Body["licenses"]?.DeepClone() ?? new JsonArray() };
        json["calling"] = calling;
        json["calendar"] = w.Body["calendar"]?.DeepClone() ?? new JsonObject { ["type"] = "none" };
        JsonBody.Put(json, "notes", JsonBody.String(w.Body, "notes"));
        json["hotdeskingStatus"] = JsonBody.String(w.Body, "hotdeskingStatus") ?? "off";
        json["supportedDevices"] = JsonBody.String(w.Body, "supportedDevices") ?? "collaborationDevices";
        if (w.Body["deviceHostedMeetings"] is JsonObject meetings) json["deviceHostedMeetings"] = meetings.DeepClone();
        json["devicePlatform"] = JsonBody.String(w.Body, "devicePlatform") ?? "cisco";
        if (w.Body["indoorNavigation"] is JsonObject navigation) json["indoorNavigation"] = navigation.DeepClone();
        json["health"] = new JsonObject { ["level"] = "ok", ["issues"] = new JsonArray() };
        if (JsonBody.QueryFlag(context, "includeDevices")) json["devices"] = DevicesEndpoints.OfOwner(state, w.Id);
        if (JsonBody.QueryFlag(context, "includeCapabilities")) json["capabilities"] = Capabilities(w);
        return json;
    }

    private static string SipAddress(WorkspaceRecord w)
    {
        var name = new string(w.DisplayName.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());
        return $"{name}@simulator.room.ciscospark.com";
    }

    /// <summary>
    /// A workspace's capabilities: collaboration devices support the room sensors (none configured), phones none;
    /// hot desking is supported everywhere and configured when the workspace's hot desking is on.
    /// </summary>
    private static JsonObject Capabilities(WorkspaceRecord w)
    {
        bool room = (JsonBody.String(w.Body, "supportedDevices") ?? "collaborationDevices") == "collaborationDevices";
        var map = new JsonObject();
        foreach (string sensor in Sensors)
            map[sensor] = new JsonObject { ["supported"] = room, ["configured"] = false };
        map["hotDesking"] = new JsonObject { ["supported"] = true, ["configured"] = JsonBody.String(w.Body, "hotdeskingStatus") == "on" };
        return map;
    }

    // ---- list

    private static IResult List(HttpContext context, SimulatorState state)
    {
        var query = context.Request.Query;
        lock (state.Sync)
        {
            if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
            IEnumerable<WorkspaceRecord> found = state.Area<OwnerEntities>().Workspaces.Values;
            if (query["locationId"].ToString() is { Length: > 0 } locationId)
                found = found.Where(w => w.Location?.Id == locationId);
            if (query["workspaceLocationId"].ToString() is { Length: > 0 } workspaceLocationId)
            {
                var location = FindLocation(state, workspaceLocationId);
                found = found.Where(w => w.Location is not null && w.Location == location);
            }
            if (query["floorId"].ToString() is { Length: > 0 } floorId)
                found = found.Where(w => JsonBody.String(w.Body, "floorId") == floorId);
            if (query["displayName"].ToString() is { Length: > 0 } displayName)
                found = found.Where(w => string.Equals(w.DisplayName, displayName, StringComparison.OrdinalIgnoreCase));
            if (query["capacity"].ToString() is { Length: > 0 } capacityText)
            {
                if (!int.TryParse(capacityText, NumberStyles.Integer, CultureInfo.InvariantCulture, out int capacity) || capacity < -1)
                    return SimResults.BadRequest(context, "capacity must be -1 or higher.");
                found = found.Where(w => (JsonBody.Int(w.Body, "capacity") ?? -1) == capacity);
            }
            if (query["type"].ToString() is { Length: > 0 } type)
                found = found.Where(w => (JsonBody.String(w.Body, "type") ?? "notSet") == type);
            if (query["calling"].ToString() is { Length: > 0 } calling)
                found = found.Where(w => w.Calling == calling);
            if (query["supportedDevices"].ToString() is { Length: > 0 } devices)
                found = found.Where(w => (JsonBody.String(w.Body, "supportedDevices") ?? "collaborationDevices") == devices);
            if (query["calendar"].ToString() is { Length: > 0 } calendar)
                found = found.Where(w => CalendarType(w) == calendar);
            if (query["deviceHostedMeetingsEnabled"].ToString() is { Length: > 0 } meetings)
            {
                bool enabled = meetings == "true";
                found = found.Where(w => ((w.Body["deviceHostedMeetings"] as JsonObject) is { } m && JsonBody.Bool(m, "enabled") == true) == enabled);
            }
            if (query["devicePlatform"].ToString() is { Length: > 0 } platform)
                found = found.Where(w => (JsonBody.String(w.Body, "devicePlatform") ?? "cisco") == platform);
            if (query["healthLevel"].ToString() is { Length: > 0 } health)
                found = found.Where(_ => health == "ok");
            if (query["plannedMaintenance"].ToString() is { Length: > 0 } maintenance)
                found = found.Where(_ => maintenance == "off");
            if (query["customAttribute"].ToString() is { Length: > 0 })
                found = [];
            return Paging.Page(context, state, found.ToList(), w => ToJson(context, state, w));
        }
    }

    private static string CalendarType(WorkspaceRecord w) =>
        (w.Body["calendar"] is JsonObject calendar ? JsonBody.String(calendar, "type") : null) ?? "none";

    // ---- create and update

    private static async Task<IResult> CreateAsync(HttpContext context, SimulatorState state)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null) return bodyError!;
        if (string.IsNullOrWhiteSpace(JsonBody.String(body, "displayName")))
            return SimResults.BadRequest(context, "Missing required field(s): displayName.");
        lock (state.Sync)
        {
            if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
            if (JsonBody.String(body, "orgId") is { } orgId && orgId != state.OrgId)
                return SimResults.NotFound(context, "Organization not found.");
            var workspace = new WorkspaceRecord(state.NewGuid(), state.Time.GetUtcNow());
            if (Apply(context, state, workspace, body, creating: true) is { } error) return error;
            state.Area<OwnerEntities>().Workspaces.Add(workspace.Uuid, workspace);
            return SimResults.Json(ToJson(context, state, workspace), StatusCodes.Status201Created);
        }
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, SimulatorState state, string workspaceId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null) return bodyError!;
        lock (state.Sync)
        {
            if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
            if (Find(context, state, workspaceId, out var error) is not { } workspace) return error!;
            if (body.ContainsKey("displayName") && string.IsNullOrWhiteSpace(JsonBody.String(body, "displayName")))
                return SimResults.BadRequest(context, "displayName cannot be empty.");
            // all or nothing: the changes are applied to a copy first
            var copy = new WorkspaceRecord(workspace.Uuid, workspace.Created)
            {
                DisplayName = workspace.DisplayName,
                Location = workspace.Location,
                Calling = workspace.Calling,
                Extension = workspace.Extension,
                PhoneNumber = workspace.PhoneNumber,
                Body = (JsonObject)workspace.Body.DeepClone(),
            };
            if (Apply(context, state, copy, body, creating: false) is { } applyError) return applyError;
            bool callingRemoved = workspace.WebexCalling && !copy.WebexCalling;
            workspace.DisplayName = copy.DisplayName;
            workspace.Location = copy.Location;
            workspace.Calling = copy.Calling;
            workspace.Extension = copy.Extension;
            workspace.PhoneNumber = copy.PhoneNumber;
            workspace.Body = copy.Body;
            if (callingRemoved) RemoveCalling(state, workspace);
            return SimResults.Json(ToJson(context, state, workspace));
        }
    }

    /// <summary>
    /// Applies a create or update body to a workspace (the reference's rules); an error leaves the caller's record
    /// as it was only when the caller passed a copy. Call under the lock.
    /// </summary>
    private static IResult? Apply(HttpContext context, SimulatorState state, WorkspaceRecord w, JsonObject body, bool creating)
    {
        if (JsonBody.String(body, "displayName") is { } name) w.DisplayName = name;
        if (JsonBody.String(body, "type") is { } type && !Types.Contains(type))
            return SimResults.BadRequest(context, $"Invalid value for field 'type': '{type}'.");
        if (body["capacity"] is { } capacityNode && (JsonBody.Int(body, "capacity") is not { } capacity || capacity < 0))
            return SimResults.BadRequest(context, $"Invalid value for field 'capacity': '{capacityNode.ToJsonString()}'.");

        // location: from locationId (the /locations API) or the legacy workspaceLocationId; it cannot change once set
        string? locationText = JsonBody.String(body, "locationId") ?? JsonBody.String(body, "workspaceLocationId");
        if (locationText is not null)
        {
            var location = FindLocation(state, locationText);
            if (location is null) return SimResults.BadRequest(context, $"Invalid location id: '{locationText}'.");
            if (w.Location is not null && w.Location != location)
                return SimResults.BadRequest(context, "The location of a workspace cannot be changed.");
            w.Location = location;
        }
        if (JsonBody.String(body, "floorId") is { } floorId)
        {
            if (w.Location is null) return SimResults.BadRequest(context, "A locationId is required when floorId is set.");
            if (!WebexIds.TryDecode(floorId, WebexIds.Floor, out var floorUuid) || !w.Location.Floors.ContainsKey(floorUuid))
                return SimResults.BadRequest(context, $"Invalid floor id: '{floorId}'.");
        }
        if (!creating && JsonBody.String(body, "supportedDevices") is { } devices
            && devices != (JsonBody.String(w.Body, "supportedDevices") ?? "collaborationDevices"))
            return SimResults.BadRequest(context, "The supported devices of a workspace cannot be changed.");

        if (!creating)
            foreach (string field in ClearedWhenOmitted)
                if (!body.ContainsKey(field)) w.Body.Remove(field);
        foreach (string field in Kept)
            if (body.ContainsKey(field))
            {
                if (body[field] is null) w.Body.Remove(field);
                else w.Body[field] = body[field]!.DeepClone();
            }

        if (body["calling"] is JsonObject calling) return ApplyCalling(context, state, w, calling, creating);
        if (creating) w.Calling = "freeCalling";
        return null;
    }

    private static IResult? ApplyCalling(HttpContext context, SimulatorState state, WorkspaceRecord w, JsonObject calling, bool creating)
    {
        string type = JsonBody.String(calling, "type") ?? (creating ? "freeCalling" : w.Calling);
        if (!CallingTypes.Contains(type)) return SimResults.BadRequest(context, $"Invalid value for field 'calling.type': '{type}'.");
        if (!creating && type != w.Calling && !ChangeableCalling.Contains(w.Calling))
            return SimResults.BadRequest(context, $"The calling of a workspace with calling type '{w.Calling}' cannot be changed.");
        if (type != "webexCalling")
        {
            w.Calling = type;
            w.PhoneNumber = null;
            w.Extension = null;
            w.AlternateNumbers.Clear();
            w.Body.Remove("licenses");
            if (type == "hybridCalling" && calling["hybridCalling"] is JsonObject hybrid) w.Body["hybridCalling"] = hybrid.DeepClone();
            return null;
        }

        var webex = calling["webexCalling"] as JsonObject ?? [];
        if (JsonBody.String(webex, "locationId") is { } callingLocationId)
        {
            var location = FindLocation(state, callingLocationId);
            if (location is null) return SimResults.BadRequest(context, $"Invalid location id: '{callingLocationId}'.");
            if (w.Location is not null && w.Location != location)
                return SimResults.BadRequest(context, "The calling location must be the workspace's location.");
            w.Location = location;
        }
        bool wasCalling = w.WebexCalling;
        string? number = webex.ContainsKey("phoneNumber") ? JsonBody.String(webex, "phoneNumber") : wasCalling ? w.PhoneNumber : null;
        string? extension = webex.ContainsKey("extension") ? JsonBody.String(webex, "extension") : wasCalling ? w.Extension : null;
        bool hotDeskOnly = JsonBody.String(w.Body, "hotdeskingStatus") == "on" && number is null && extension is null;
        if (w.Location is null) return SimResults.BadRequest(context, "A locationId is required for a Webex Calling workspace.");
        if (number is null && extension is null && !hotDeskOnly)
            return SimResults.BadRequest(context, "A Webex Calling workspace needs a phoneNumber or an extension.");
        if (NumberConflict(context, state, w, w.Location, number, extension) is { } conflict) return conflict;

        var licenses = JsonBody.Strings(webex, "licenses");
        var store = state.Area<LicenseStore>();
        if (licenses is { Count: > 0 })
        {
            // the reference's example sends several ids in one comma-separated string
            licenses = [.. licenses.SelectMany(l => l.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
            if (licenses.FirstOrDefault(l => store.Find(l) is null) is { } unknown)
                return SimResults.BadRequest(context, $"Invalid license id: '{unknown}'.");
            w.Body["licenses"] = JsonBody.Array(licenses.Take(1));
        }
        else if (!wasCalling || w.Body["licenses"] is null)
            w.Body["licenses"] = JsonBody.Array([store.Licenses.First(l => l.Name == WorkspacesLicense).Id]);
        w.Calling = "webexCalling";
        w.PhoneNumber = number;
        w.Extension = extension;
        return null;
    }

    /// <summary>
    /// 409 when another owner has the number or the extension in the location, 400 for a number that is not a free
    /// number of the location's inventory (when the inventory knows the location) or a malformed extension.
    /// </summary>
    internal static IResult? NumberConflict(HttpContext context, SimulatorState state, object self, LocationRecord location,
        string? number, string? extension)
    {
        string selfId = self switch { WorkspaceRecord w => w.Id, VirtualLineRecord v => v.Id, _ => "" };
        var owners = NumbersEndpoints.Owners(state).Where(o => o.Id != selfId).ToList();
        if (number is not null)
        {
            if (owners.Any(o => o.PhoneNumber == number))
                return SimResults.Conflict(context, $"Phone number '{number}' is already in use.");
            if (number == location.MainNumber)
                return SimResults.Conflict(context, $"Phone number '{number}' is the location's main number.");
            if (NumbersEndpoints.Unassigned(state, location) is { } free && !free.Contains(number))
                return SimResults.BadRequest(context, $"Phone number '{number}' is not an available number of the location.");
        }
        if (extension is not null)
        {
            if (extension.Length is < 2 or > 10 || !extension.All(char.IsAsciiDigit))
                return SimResults.BadRequest(context, $"Invalid extension: '{extension}'.");
            if (owners.Any(o => o.Location == location && o.Extension == extension))
                return SimResults.Conflict(context, $"Extension '{extension}' is already in use in the location.");
        }
        return null;
    }

    /// <summary>
    /// What a workspace loses with its Webex Calling licence (or when deleted): its numbers and every calling setting
    /// kept for it (generated settings documents and collections, hand-kept settings, priority alert and sequential
    /// ring). Call under the lock.
    /// </summary>
    internal static void RemoveCalling(SimulatorState state, WorkspaceRecord w)
    {
        w.PhoneNumber = null;
        w.Extension = null;
        w.AlternateNumbers.Clear();
        w.Body.Remove("licenses");
        w.Body.Remove("distinctiveRingEnabled");
        if (w.Calling == "webexCalling") w.Calling = "freeCalling";
        state.Area<ResourceStore>().RemoveOwner(w.Id);
        state.Area<PersonSettingsStore>().RemoveOwner(w.Uuid);
        state.Area<WorkspaceCriteriaStore>().RemoveOwner(w.Uuid);
    }

    // ---- numbers

    private static JsonObject NumbersJson(SimulatorState state, WorkspaceRecord w)
    {
        var numbers = new JsonArray();
        string? prefix = w.Location is null ? null : VirtualExtensionsEndpoints.RoutingPrefix(state, w.Location);
        if (w.PhoneNumber is not null || w.Extension is not null)
            numbers.Add(UserNumber(w.PhoneNumber, w.Extension, prefix, primary: true));
        foreach (var alternate in w.AlternateNumbers)
        {
            var entry = UserNumber(alternate.PhoneNumber, alternate.Extension, prefix, primary: false);
            JsonBody.Put(entry, "ringPattern", alternate.RingPattern);
            numbers.Add(entry);
        }
        var json = new JsonObject
        {
            ["distinctiveRingEnabled"] = JsonBody.Bool(w.Body, "distinctiveRingEnabled") ?? true,
            ["phoneNumbers"] = numbers,
            ["workspace"] = new JsonObject { ["id"] = w.Id },
        };
        if (w.Location is not null) json["location"] = new JsonObject { ["name"] = w.Location.Name, ["id"] = w.Location.Id };
        json["organization"] = new JsonObject { ["id"] = state.OrgId, ["name"] = "Simulated organization" };
        return json;
    }

    /// <summary>A number in the reference's UserNumber shape (external, extension, routing prefix, ESN, primary).</summary>
    internal static JsonObject UserNumber(string? number, string? extension, string? routingPrefix, bool primary)
    {
        var json = new JsonObject();
        JsonBody.Put(json, "external", number);
        JsonBody.Put(json, "extension", extension);
        if (extension is not null && routingPrefix is not null)
        {
            json["routingPrefix"] = routingPrefix;
            json["esn"] = routingPrefix + extension;
        }
        json["primary"] = primary;
        return json;
    }

    private static async Task<IResult> UpdateNumbersAsync(HttpContext context, SimulatorState state, string workspaceId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null) return bodyError!;
        if (body["phoneNumbers"] is not JsonArray list) return SimResults.BadRequest(context, "Missing required field(s): phoneNumbers.");
        lock (state.Sync)
        {
            if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
            if (FindCalling(context, state, workspaceId, out var error) is not { } w) return error!;
            var alternates = new List<WorkspaceAlternateNumber>(w.AlternateNumbers);
            foreach (var entry in list)
            {
                if (entry is not JsonObject change) return SimResults.BadRequest(context, "Invalid value for field 'phoneNumbers'.");
                if (JsonBody.Bool(change, "primary") == true)
                    return SimResults.BadRequest(context, "Only alternate numbers can be added or removed.");
                string? number = JsonBody.String(change, "directNumber");
                string? extension = JsonBody.String(change, "extension");
                string? action = JsonBody.String(change, "action");
                if (number is null) return SimResults.BadRequest(context, "Missing required field(s): phoneNumbers.directNumber.");
                switch (action)
                {
                    case "ADD":
                        if (alternates.Any(a => a.PhoneNumber == number) || number == w.PhoneNumber)
                            return SimResults.Conflict(context, $"Phone number '{number}' is already assigned to the workspace.");
                        if (NumberConflict(context, state, w, w.Location!, number, extension) is { } conflict) return conflict;
                        if (extension is not null && (extension == w.Extension || alternates.Any(a => a.Extension == extension)))
                            return SimResults.Conflict(context, $"Extension '{extension}' is already in use in the location.");
                        alternates.Add(new WorkspaceAlternateNumber(number, extension, JsonBody.String(change, "ringPattern")));
                        break;
                    case "DELETE":
                        if (alternates.RemoveAll(a => a.PhoneNumber == number) == 0)
                            return SimResults.BadRequest(context, $"Phone number '{number}' is not an alternate number of the workspace.");
                        break;
                    default:
                        return SimResults.BadRequest(context, $"Invalid value for field 'action': '{action}'.");
                }
            }
            w.AlternateNumbers.Clear();
            w.AlternateNumbers.AddRange(alternates);
            if (JsonBody.Bool(body, "distinctiveRingEnabled") is { } distinctive) w.Body["distinctiveRingEnabled"] = distinctive;
            return SimResults.NoContent();
        }
    }

    // ---- personalisation

    private static async Task<IResult> PersonalizeAsync(HttpContext context, SimulatorState state, string workspaceId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null) return bodyError!;
        string? email = JsonBody.String(body, "email");
        if (string.IsNullOrWhiteSpace(email)) return SimResults.BadRequest(context, "Missing required field(s): email.");
        lock (state.Sync)
        {
            if (Find(context, state, workspaceId, out var error) is not { } w) return error!;
            if (!state.People.Values.Any(p => p.Emails.Contains(email, StringComparer.OrdinalIgnoreCase)))
                return SimResults.NotFound(context, $"No user with the email '{email}'.");
            // the reference: a workspace with Webex Calling or a calendar cannot be personalised
            if (w.WebexCalling) return SimResults.BadRequest(context, "A workspace with Webex Calling cannot be personalized.");
            if ((w.Body["calendar"] as JsonObject) is { } calendar && JsonBody.String(calendar, "type") is not (null or "none"))
                return SimResults.BadRequest(context, "A workspace with a calendar cannot be personalized.");
            state.Area<PersonalizationTasks>().Pending[w.Uuid] = email;
            string url = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{Root}/{workspaceId}/personalizationTask";
            context.Response.Headers.Location = url;
            return Results.StatusCode(StatusCodes.Status202Accepted);
        }
    }

    /// <summary>The first read of a started task answers 202 with Retry-After (it runs); the next one its outcome.</summary>
    private static IResult PersonalizationTask(HttpContext context, SimulatorState state, string workspaceId)
    {
        if (Find(context, state, workspaceId, out var error) is not { } w) return error!;
        var tasks = state.Area<PersonalizationTasks>();
        if (tasks.Pending.Remove(w.Uuid, out var email))
        {
            tasks.Done[w.Uuid] = email;
            context.Response.Headers.RetryAfter = "1";
            return Results.StatusCode(StatusCodes.Status202Accepted);
        }
        if (tasks.Done.ContainsKey(w.Uuid)) return SimResults.Json(new JsonObject { ["success"] = true });
        return SimResults.NotFound(context, "No personalization task for the workspace.");
    }
}

/// <summary>Personalisation tasks by workspace: started (the next read answers 202) and done. Use under the lock.</summary>
internal sealed class PersonalizationTasks
{
    public Dictionary<Guid, string> Pending { get; } = [];

    public Dictionary<Guid, string> Done { get; } = [];
}
