using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// The Webex Calling side of locations (openapi-2026 location-call-settings*.yml): enabling a location for calling, its
/// calling details, receptionist contact directories, outgoing permissions and digit patterns, music on hold, call
/// captions, emergency callback number, device settings, numbers for external caller id, the password and
/// safe-delete actions. Only locations enabled for calling have these (404 otherwise). Voicemail, intercept, internal
/// dialing, emergency call notification and transfer numbers are plain documents served from their descriptions.
/// </summary>
internal static partial class TelephonyLocationEndpoints
{
    private const string Root = "/telephony/config/locations";
    private const string One = Root + "/{locationId}";
    private const string DirectoryKind = "SCIM_GROUP"; // the kind of the reference's directory ids
    private const string JobKind = "JOB_ID";

    private static readonly string[] Actions = ["ALLOW", "BLOCK", "AUTH_CODE", "TRANSFER_NUMBER_1", "TRANSFER_NUMBER_2", "TRANSFER_NUMBER_3"];

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapGet(Root, (HttpContext context) => List(context, state));
        app.MapPost(Root, (Func<HttpContext, Task<IResult>>)(context => EnableAsync(context, state)));
        app.MapGet(One, (HttpContext context, string locationId) => Read(context, state, locationId, l => Details(state, l)));
        app.MapPut(One, (HttpContext context, string locationId) => UpdateAsync(context, state, locationId));
        app.MapPost(One + "/actions/generatePassword/invoke", (HttpContext context, string locationId) =>
            Read(context, state, locationId, _ => new JsonObject { ["exampleSipPassword"] = Password(state) }));
        app.MapPost(One + "/actions/precheckForDeletion/invoke", (HttpContext context, string locationId) =>
            Read(context, state, locationId, l => Precheck(state, l)));
        app.MapGet(One + "/devices/settings", (HttpContext context, string locationId) => Read(context, state, locationId, _ => DeviceSettings()));
        app.MapGet(One + "/externalCallerId/availableNumbers", (HttpContext context, string locationId) => CallerIdNumbers(context, state, locationId));

        app.MapGet(One + "/callCaptions", (HttpContext context, string locationId) =>
            Read(context, state, locationId, l => Document(state, l, "callCaptions")));
        app.MapPut(One + "/callCaptions", (HttpContext context, string locationId) =>
            ChangeAsync(context, state, locationId, "callCaptions", null, ["orgClosedCaptionsEnabled", "orgTranscriptsEnabled"]));
        app.MapGet(One + "/musicOnHold", (HttpContext context, string locationId) =>
            Read(context, state, locationId, l => Document(state, l, "musicOnHold")));
        app.MapPut(One + "/musicOnHold", (HttpContext context, string locationId) =>
            ChangeAsync(context, state, locationId, "musicOnHold", PrepareMoh, []));
        app.MapGet(One + "/outgoingPermission", (HttpContext context, string locationId) =>
            Read(context, state, locationId, l => Document(state, l, "outgoingPermission")));
        app.MapPut(One + "/outgoingPermission", (HttpContext context, string locationId) =>
            ChangeAsync(context, state, locationId, "outgoingPermission", MergePermissions, []));
        app.MapGet(One + "/features/emergencyCallbackNumber", (HttpContext context, string locationId) =>
            Read(context, state, locationId, l => Ecbn(state, l)));
        app.MapPut(One + "/features/emergencyCallbackNumber", (HttpContext context, string locationId) => UpdateEcbnAsync(context, state, locationId));

        string directories = One + "/receptionistContacts/directories";
        app.MapGet(directories, (HttpContext context, string locationId) => Read(context, state, locationId, l => new JsonObject
        {
            ["directories"] = new JsonArray(DirectoriesOf(state, l).Select(d => (JsonNode)new JsonObject { ["id"] = d.Id, ["name"] = d.Name }).ToArray()),
        }));
        app.MapPost(directories, (HttpContext context, string locationId) => SaveDirectoryAsync(context, state, locationId, null));
        app.MapGet(directories + "/{directoryId}", (HttpContext context, string locationId, string directoryId) =>
            DirectoryDetails(context, state, locationId, directoryId));
        app.MapPut(directories + "/{directoryId}", (HttpContext context, string locationId, string directoryId) =>
            SaveDirectoryAsync(context, state, locationId, directoryId));
        app.MapDelete(directories + "/{directoryId}", (HttpContext context, string locationId, string directoryId) =>
            DeleteDirectory(context, state, locationId, directoryId));

        string patterns = One + "/outgoingPermission/digitPatterns";
        app.MapGet(patterns, (HttpContext context, string locationId) => Read(context, state, locationId, l => new JsonObject
        {
            ["digitPatterns"] = new JsonArray(state.Area<TelephonyLocationStore>().PatternsOf(l).Values.Select(p => (JsonNode)p.DeepClone()).ToArray()),
        }));
        app.MapPost(patterns, (HttpContext context, string locationId) => SavePatternAsync(context, state, locationId, null));
        // wxc_sdk's category switch; the 2026 reference has no PUT here, and a location's patterns always apply
        app.MapPut(patterns, (HttpContext context, string locationId) => Read(context, state, locationId, _ => null));
        app.MapDelete(patterns, (HttpContext context, string locationId) => Read(context, state, locationId, l =>
        {
            state.Area<TelephonyLocationStore>().PatternsOf(l).Clear();
            return null;
        }));
        app.MapGet(patterns + "/{digitPatternId}", (HttpContext context, string locationId, string digitPatternId) =>
            Pattern(context, state, locationId, digitPatternId, remove: false));
        app.MapPut(patterns + "/{digitPatternId}", (HttpContext context, string locationId, string digitPatternId) =>
            SavePatternAsync(context, state, locationId, digitPatternId));
        app.MapDelete(patterns + "/{digitPatternId}", (HttpContext context, string locationId, string digitPatternId) =>
            Pattern(context, state, locationId, digitPatternId, remove: true));
    }

    /// <summary>The demo locations are enabled for calling with the default settings.</summary>
    public static void SeedDemoOrg(SimulatorState state, DemoOrgContext demo)
    {
        foreach (var location in demo.Locations) Enable(state, location);
    }

    /// <summary>Enables a location for calling: the calling details a new calling location has.</summary>
    private static void Enable(SimulatorState state, LocationRecord location)
    {
        location.AnnouncementLanguage ??= "en_us";
        var calling = new JsonObject
        {
            ["callingLineId"] = new JsonObject { ["name"] = location.Name },
            ["externalCallerIdName"] = location.Name,
            ["enforceOutsideDialDigit"] = false,
            ["useChargeNumberForPChargeInfo"] = false,
        };
        state.Area<TelephonyLocationStore>().Calling[location.Uuid] = calling;
    }

    /// <summary>The location of a path id when it is enabled for calling; else the 400 or 404 answer.</summary>
    private static LocationRecord? Resolve(HttpContext context, SimulatorState state, string locationId, out IResult? error)
    {
        var location = LocationsEndpoints.Resolve(context, state, locationId, out error);
        if (location is null) return null;
        if (state.Area<TelephonyLocationStore>().Calling.ContainsKey(location.Uuid)) return location;
        error = SimResults.NotFound(context, "Location not found.");
        return null;
    }

    /// <summary>Answers <paramref name="answer"/>'s JSON for a calling location (204 when it gives null).</summary>
    private static IResult Read(HttpContext context, SimulatorState state, string locationId, Func<LocationRecord, JsonObject?> answer)
    {
        lock (state.Sync)
        {
            var location = Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
            return answer(location) is { } json ? SimResults.Json(json) : SimResults.NoContent();
        }
    }

    // -- the calling details ----------------------------------------------------------------------------------------

    private static JsonObject Details(SimulatorState state, LocationRecord location)
    {
        var calling = (JsonObject)state.Area<TelephonyLocationStore>().Calling[location.Uuid].DeepClone();
        var json = new JsonObject { ["id"] = location.Id, ["name"] = location.Name };
        JsonBody.Put(json, "announcementLanguage", location.AnnouncementLanguage);
        var line = calling["callingLineId"] as JsonObject ?? [];
        if (!line.ContainsKey("phoneNumber")) JsonBody.Put(line, "phoneNumber", location.MainNumber);
        foreach (var (name, value) in calling) json[name] = name == "callingLineId" ? line.DeepClone() : value?.DeepClone();
        json["userLimit"] = 500000;
        json["defaultDomain"] = $"{location.Uuid.ToString("N")[..8]}.int10.bcld.webex.com";
        json["e911SetupRequired"] = false;
        return json;
    }

    private static IResult List(HttpContext context, SimulatorState state)
    {
        string? name = context.Request.Query["name"];
        string? order = context.Request.Query["order"];
        lock (state.Sync)
        {
            if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
            var store = state.Area<TelephonyLocationStore>();
            IEnumerable<LocationRecord> found = state.Locations.Values.Where(l => store.Calling.ContainsKey(l.Uuid));
            if (!string.IsNullOrEmpty(name)) found = found.Where(l => l.Name.Contains(name, StringComparison.OrdinalIgnoreCase));
            if (order is not null)
            {
                if (!order.Equals("asc", StringComparison.OrdinalIgnoreCase) && !order.Equals("desc", StringComparison.OrdinalIgnoreCase))
                    return SimResults.BadRequest(context, "Invalid value for order: asc or desc.");
                found = order.Equals("desc", StringComparison.OrdinalIgnoreCase)
                    ? found.OrderByDescending(l => l.Name, StringComparer.OrdinalIgnoreCase)
                    : found.OrderBy(l => l.Name, StringComparer.OrdinalIgnoreCase);
            }
            return Paging.Page(context, state, found.ToList(), l => Listed(state, l), "locations");
        }
    }

    /// <summary>A location as the list shows it (ListLocationObject).</summary>
    private static JsonObject Listed(SimulatorState state, LocationRecord location)
    {
        var details = Details(state, location);
        var json = new JsonObject { ["id"] = location.Id, ["name"] = location.Name };
        foreach (string field in new[] { "outsideDialDigit", "enforceOutsideDialDigit", "routingPrefix", "callingLineId", "e911SetupRequired" })
            if (details[field] is { } value) json[field] = value.DeepClone();
        return json;
    }

    private static async Task<IResult> EnableAsync(HttpContext context, SimulatorState state)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            if (body is null) return bodyError!;
            string? id = JsonBody.String(body, "id");
            if (id is null) return SimResults.BadRequest(context, "Missing required field(s): id.");
            var location = LocationsEndpoints.Resolve(context, state, id, out var error);
            if (location is null) return error!;
            var store = state.Area<TelephonyLocationStore>();
            if (store.Calling.ContainsKey(location.Uuid))
                return SimResults.Conflict(context, $"Location {location.Name} is already enabled for Webex Calling.");
            string? language = JsonBody.String(body, "announcementLanguage") ?? location.AnnouncementLanguage;
            if (string.IsNullOrEmpty(language)) return SimResults.BadRequest(context, "Missing required field(s): announcementLanguage.");
            location.AnnouncementLanguage = language;
            if (JsonBody.String(body, "timeZone") is { } timeZone) location.TimeZone = timeZone;
            if (JsonBody.String(body, "preferredLanguage") is { } preferred) location.PreferredLanguage = preferred;
            Enable(state, location);
            return SimResults.Json(new JsonObject { ["id"] = location.Id }, StatusCodes.Status201Created);
        }
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, SimulatorState state, string locationId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            var location = Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
            if (body is null) return bodyError!;
            var calling = state.Area<TelephonyLocationStore>().Calling[location.Uuid];
            string? prefix = JsonBody.String(body, "routingPrefix");
            if (prefix is { Length: > 0 } && !RoutingPrefix().IsMatch(prefix))
                return SimResults.BadRequest(context, "Invalid routing prefix: 2 to 7 digits.");
            if (JsonBody.String(body, "outsideDialDigit") is { Length: > 0 } digit && !OutsideDialDigit().IsMatch(digit))
                return SimResults.BadRequest(context, "Invalid outside dial digit: a single digit.");
            if (body["connection"] is JsonObject connection && JsonBody.String(connection, "type") is not ("TRUNK" or "ROUTE_GROUP"))
                return SimResults.BadRequest(context, "Only TRUNK and ROUTE_GROUP connections can be set.");
            bool prefixChanged = body.ContainsKey("routingPrefix") && prefix != JsonBody.String(calling, "routingPrefix");
            if (JsonBody.String(body, "announcementLanguage") is { } language) location.AnnouncementLanguage = language;
            var changes = (JsonObject)body.DeepClone();
            foreach (string serverOwned in new[] { "id", "name", "announcementLanguage", "userLimit", "defaultDomain", "subscriptionId", "e911SetupRequired" })
                changes.Remove(serverOwned);
            if (PersonSettingsEndpoints.Merge(context, calling, null, changes, [], "") is { } mergeError) return mergeError;
            // a routing prefix change starts a batch job that updates the location's numbers
            return prefixChanged
                ? SimResults.Json(new JsonObject { ["batchJobId"] = WebexIds.Encode(JobKind, state.NewGuid()) })
                : SimResults.NoContent();
        }
    }

    private static string Password(SimulatorState state)
    {
        const string Letters = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
        var chars = new char[12];
        for (int i = 0; i < chars.Length; i++)
            chars[i] = i switch { 3 => (char)('0' + state.Random.Next(10)), 7 => "!@#$%*"[state.Random.Next(6)], _ => Letters[state.Random.Next(Letters.Length)] };
        return new string(chars);
    }

    /// <summary>What keeps the location from being disabled: its people, being the last calling location.</summary>
    private static JsonObject Precheck(SimulatorState state, LocationRecord location)
    {
        var store = state.Area<TelephonyLocationStore>();
        int users = state.People.Values.Count(p => p.Location == location);
        bool last = store.Calling.Count == 1;
        bool numbers = location.MainNumber is not null || state.People.Values.Any(p => p.Location == location && p.PhoneNumbers.Count > 0);
        string status = users > 0 || last ? "BLOCKED" : "UNBLOCKED";
        return new JsonObject
        {
            ["locationDeleteStatus"] = status,
            ["blocking"] = new JsonObject
            {
                ["lastLocation"] = last,
                ["trunksInUseCount"] = 0,
                ["usersInUseCount"] = users,
                ["workspacesInUseCount"] = 0,
                ["virtualLineInUseCount"] = 0,
                ["numbersOrderPending"] = false,
            },
            ["nonBlocking"] = new JsonObject { ["numbersPresent"] = numbers },
            ["blockingUnlessForced"] = new JsonObject { ["nonUserEntitiesInUse"] = false, ["trunksCount"] = 0 },
        };
    }

    /// <summary>The device settings of a location that overrides nothing (the organisation's defaults).</summary>
    private static JsonObject DeviceSettings() => new()
    {
        ["customizations"] = new JsonObject
        {
            ["mpp"] = new JsonObject
            {
                ["pnacEnabled"] = false,
                ["cdpEnabled"] = false,
                ["lldpEnabled"] = false,
                ["qosEnabled"] = true,
                ["dndServicesEnabled"] = true,
                ["mppUserWebAccessEnabled"] = false,
                ["usbPortsEnabled"] = true,
                ["vlan"] = new JsonObject { ["enabled"] = false, ["value"] = 1 },
            },
            ["ata"] = new JsonObject
            {
                ["cdpEnabled"] = false,
                ["lldpEnabled"] = false,
                ["qosEnabled"] = true,
                ["webAccessEnabled"] = false,
                ["vlan"] = new JsonObject { ["enabled"] = false, ["value"] = 1 },
            },
        },
        ["customEnabled"] = false,
        ["updateInProgress"] = false,
        ["deviceCount"] = 0,
    };

    /// <summary>The numbers of the location for external caller id: its main number and its people's numbers.</summary>
    private static IResult CallerIdNumbers(HttpContext context, SimulatorState state, string locationId)
    {
        var wanted = context.Request.Query["phoneNumber"].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.Ordinal);
        string? ownerName = context.Request.Query["ownerName"];
        lock (state.Sync)
        {
            var location = Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
            var place = new JsonObject { ["id"] = location.Id, ["name"] = location.Name };
            var numbers = new List<JsonObject>();
            if (location.MainNumber is { } main && ownerName is null)
                numbers.Add(Number(main, true, place, null));
            foreach (var person in state.People.Values.Where(p => p.Location == location))
            {
                if (ownerName is not null && !$"{person.FirstName} {person.LastName}".Contains(ownerName, StringComparison.OrdinalIgnoreCase)) continue;
                foreach (var number in person.PhoneNumbers.Where(n => n.Value.StartsWith('+')))
                    numbers.Add(Number(number.Value, false, place, new JsonObject
                    {
                        ["id"] = person.Id,
                        ["type"] = "PEOPLE",
                        ["firstName"] = person.FirstName,
                        ["lastName"] = person.LastName,
                    }));
            }
            if (wanted.Count > 0) numbers.RemoveAll(n => !wanted.Contains(JsonBody.String(n, "phoneNumber") ?? ""));
            return Paging.Page(context, state, numbers, n => n, "phoneNumbers");
        }
    }

    private static JsonObject Number(string number, bool main, JsonObject location, JsonObject? owner)
    {
        var json = new JsonObject
        {
            ["phoneNumber"] = number,
            ["state"] = "ACTIVE",
            ["isMainNumber"] = main,
            ["tollFreeNumber"] = false,
            ["isServiceNumber"] = false,
            ["location"] = location.DeepClone(),
        };
        JsonBody.Put(json, "owner", owner);
        return json;
    }

    // -- settings documents -----------------------------------------------------------------------------------------

    /// <summary>What a calling location has before any change.</summary>
    private static JsonObject Default(string feature) => feature switch
    {
        "callCaptions" => new JsonObject
        {
            ["locationClosedCaptionsEnabled"] = false,
            ["locationTranscriptsEnabled"] = false,
            ["orgClosedCaptionsEnabled"] = false,
            ["orgTranscriptsEnabled"] = false,
            ["useOrgSettingsEnabled"] = true,
        },
        "musicOnHold" => new JsonObject { ["callHoldEnabled"] = true, ["callParkEnabled"] = true, ["greeting"] = "SYSTEM" },
        "outgoingPermission" => new JsonObject
        {
            ["callingPermissions"] = new JsonArray(PersonSettingsCatalog.OutgoingCallTypes.Select(t =>
            {
                bool blocked = t is "INTERNATIONAL" or "PREMIUM_SERVICES_I" or "PREMIUM_SERVICES_II";
                return (JsonNode)new JsonObject
                {
                    ["callType"] = t,
                    ["action"] = blocked ? "BLOCK" : "ALLOW",
                    ["transferEnabled"] = !blocked,
                    ["isCallTypeRestrictionEnabled"] = false,
                };
            }).ToArray()),
        },
        "emergencyCallbackNumber" => new JsonObject { ["selected"] = "LOCATION_NUMBER", ["elinExpiryTimeMinutes"] = 60 },
        _ => [],
    };

    private static JsonObject Document(SimulatorState state, LocationRecord location, string feature)
    {
        var documents = state.Area<TelephonyLocationStore>().Documents;
        if (!documents.TryGetValue((location.Uuid, feature), out var document)) documents[(location.Uuid, feature)] = document = Default(feature);
        return (JsonObject)document.DeepClone();
    }

    /// <summary>A partial PUT of a settings document: <paramref name="prepare"/> checks and applies what needs more than a merge.</summary>
    private static async Task<IResult> ChangeAsync(HttpContext context, SimulatorState state, string locationId, string feature,
        Func<HttpContext, JsonObject, JsonObject, IResult?>? prepare, string[] readOnly)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            var location = Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
            if (body is null) return bodyError!;
            var current = Document(state, location, feature);
            if (prepare?.Invoke(context, current, body) is { } prepareError) return prepareError;
            if (PersonSettingsEndpoints.Merge(context, current, Default(feature), body, readOnly, "") is { } mergeError) return mergeError;
            state.Area<TelephonyLocationStore>().Documents[(location.Uuid, feature)] = current;
            return SimResults.NoContent();
        }
    }

    /// <summary>The update's <c>playlistId</c> becomes the <c>playlist</c> the read answers; a custom greeting needs a file or a playlist.</summary>
    private static IResult? PrepareMoh(HttpContext context, JsonObject current, JsonObject body)
    {
        if (body.ContainsKey("playlistId"))
        {
            string? id = JsonBody.String(body, "playlistId");
            body.Remove("playlistId");
            body["playlist"] = id is null ? null : new JsonObject { ["id"] = id };
        }
        string greeting = JsonBody.String(body, "greeting") ?? JsonBody.String(current, "greeting") ?? "SYSTEM";
        if (greeting is not ("SYSTEM" or "CUSTOM")) return SimResults.BadRequest(context, "Invalid value for field 'greeting'.");
        if (greeting == "CUSTOM" && (body["audioFile"] ?? current["audioFile"]) is null && (body["playlist"] ?? current["playlist"]) is null)
            return SimResults.BadRequest(context, "A custom greeting needs an audio file or a playlist.");
        return null;
    }

    /// <summary>
    /// The permissions of the call types a PUT names replace those call types' permissions; the others stay, and
    /// <c>isCallTypeRestrictionEnabled</c> stays the system's.
    /// </summary>
    private static IResult? MergePermissions(HttpContext context, JsonObject current, JsonObject body)
    {
        if (!body.ContainsKey("callingPermissions")) return null;
        if (body["callingPermissions"] is not JsonArray sent) return SimResults.BadRequest(context, "Invalid value for field 'callingPermissions'.");
        var stored = current["callingPermissions"] as JsonArray ?? [];
        foreach (var entry in sent)
        {
            if (entry is not JsonObject change || JsonBody.String(change, "callType") is not { } callType
                || !PersonSettingsCatalog.OutgoingCallTypes.Contains(callType))
                return SimResults.BadRequest(context, "Invalid or missing callType in callingPermissions.");
            if (change.ContainsKey("action") && !Actions.Contains(JsonBody.String(change, "action")))
                return SimResults.BadRequest(context, $"Invalid action for call type {callType}.");
            var before = stored.OfType<JsonObject>().FirstOrDefault(e => JsonBody.String(e, "callType") == callType);
            if (before is null) continue;
            if (JsonBody.Bool(before, "isCallTypeRestrictionEnabled") == true)
                return SimResults.BadRequest(context, $"The permission of call type {callType} is enforced by the system.");
            if (change["action"] is { } action) before["action"] = action.DeepClone();
            if (change["transferEnabled"] is { } transfer) before["transferEnabled"] = transfer.DeepClone();
        }
        body["callingPermissions"] = stored.DeepClone();
        return null;
    }

    // -- emergency callback number ----------------------------------------------------------------------------------

    private static JsonObject Ecbn(SimulatorState state, LocationRecord location)
    {
        var document = Document(state, location, "emergencyCallbackNumber");
        string selected = JsonBody.String(document, "selected") ?? "LOCATION_NUMBER";
        var info = new JsonObject();
        JsonBody.Put(info, "phoneNumber", location.MainNumber);
        info["name"] = location.Name;
        info["effectiveLevel"] = location.MainNumber is null ? "NONE" : "LOCATION_NUMBER";
        JsonBody.Put(info, "effectiveValue", location.MainNumber);
        info["quality"] = location.MainNumber is null ? "INVALID" : "RECOMMENDED";
        var json = new JsonObject { ["locationInfo"] = info };
        if (selected == "LOCATION_MEMBER_NUMBER" && state.FindPerson(JsonBody.String(document, "locationMemberId")) is { } member)
        {
            string? number = PersonSettingsCatalog.PrimaryNumber(member);
            var memberInfo = new JsonObject();
            JsonBody.Put(memberInfo, "phoneNumber", number);
            JsonBody.Put(memberInfo, "firstName", member.FirstName);
            JsonBody.Put(memberInfo, "lastName", member.LastName);
            memberInfo["memberId"] = member.Id;
            memberInfo["memberType"] = "PEOPLE";
            memberInfo["effectiveLevel"] = number is null ? "LOCATION_NUMBER" : "LOCATION_MEMBER_NUMBER";
            JsonBody.Put(memberInfo, "effectiveValue", number ?? location.MainNumber);
            memberInfo["quality"] = number is null ? "INVALID" : "RECOMMENDED";
            json["locationMemberInfo"] = memberInfo;
        }
        json["selected"] = selected;
        json["elinExpiryTimeMinutes"] = JsonBody.Int(document, "elinExpiryTimeMinutes") ?? 60;
        return json;
    }

    private static async Task<IResult> UpdateEcbnAsync(HttpContext context, SimulatorState state, string locationId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            var location = Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
            if (body is null) return bodyError!;
            string? selected = JsonBody.String(body, "selected");
            if (selected is not ("LOCATION_NUMBER" or "LOCATION_MEMBER_NUMBER"))
                return SimResults.BadRequest(context, "Missing or invalid field: selected (LOCATION_NUMBER or LOCATION_MEMBER_NUMBER).");
            string? memberId = JsonBody.String(body, "locationMemberId");
            if (selected == "LOCATION_MEMBER_NUMBER")
            {
                if (memberId is null) return SimResults.BadRequest(context, "locationMemberId is required when LOCATION_MEMBER_NUMBER is selected.");
                if (state.FindPerson(memberId) is not { } member || member.Location != location)
                    return SimResults.BadRequest(context, $"Member {memberId} is not a member of this location.");
            }
            int? expiry = JsonBody.Int(body, "elinExpiryTimeMinutes");
            if (body.ContainsKey("elinExpiryTimeMinutes") && expiry is not (>= 10 and <= 1440))
                return SimResults.BadRequest(context, "elinExpiryTimeMinutes must be between 10 and 1440.");
            var document = Document(state, location, "emergencyCallbackNumber");
            document["selected"] = selected;
            if (selected == "LOCATION_MEMBER_NUMBER") document["locationMemberId"] = memberId; else document.Remove("locationMemberId");
            if (expiry is { } minutes) document["elinExpiryTimeMinutes"] = minutes;
            state.Area<TelephonyLocationStore>().Documents[(location.Uuid, "emergencyCallbackNumber")] = document;
            return SimResults.NoContent();
        }
    }

    // -- receptionist contact directories ---------------------------------------------------------------------------

    private static IEnumerable<ContactDirectoryRecord> DirectoriesOf(SimulatorState state, LocationRecord location) =>
        state.Area<TelephonyLocationStore>().Directories.Values.Where(d => d.Location == location);

    /// <summary>A create (contacts as <c>{personId}</c> or <c>{featureId, type}</c>) or a modify (contacts as ids).</summary>
    private static async Task<IResult> SaveDirectoryAsync(HttpContext context, SimulatorState state, string locationId, string? directoryId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            var location = Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
            var store = state.Area<TelephonyLocationStore>();
            ContactDirectoryRecord? directory = null;
            if (directoryId is not null && (!store.Directories.TryGetValue(directoryId, out directory) || directory.Location != location))
                return SimResults.NotFound(context, "Receptionist contact directory not found.");
            if (body is null) return bodyError!;
            string? name = JsonBody.String(body, "name");
            if (string.IsNullOrEmpty(name) || name.Length > 40)
                return SimResults.BadRequest(context, "Missing or invalid field: name (1 to 40 characters).");
            if (DirectoriesOf(state, location).Any(d => d != directory && d.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
                return SimResults.BadRequest(context, $"A receptionist contact directory named {name} already exists in this location.");
            if (body["contacts"] is not JsonArray { Count: > 0 } list)
                return SimResults.BadRequest(context, "Missing or invalid field: contacts (a non-empty list).");
            var contacts = new List<(string?, string?, string?)>();
            foreach (var item in list)
            {
                (string? personId, string? featureId, string? type) = item switch
                {
                    JsonObject o => (JsonBody.String(o, "personId"), JsonBody.String(o, "featureId"), JsonBody.String(o, "type")),
                    // a modify names people and features by id alone
                    JsonValue v when JsonBody.Text(v) is { } id => WebexIds.TryDecode(id, WebexIds.People, out _) ? (id, null, null) : (null, id, null),
                    _ => (null, null, null),
                };
                if (personId is null && featureId is null) return SimResults.BadRequest(context, "Each contact needs a personId or a featureId.");
                if (personId is not null && state.FindPerson(personId) is null)
                    return SimResults.BadRequest(context, $"Invalid contact: person {personId} does not exist.");
                contacts.Add((personId, featureId, type));
            }
            directory ??= new ContactDirectoryRecord(WebexIds.Encode(DirectoryKind, state.NewGuid()), location);
            directory.Name = name;
            directory.Contacts = contacts;
            store.Directories[directory.Id] = directory;
            return SimResults.Json(new JsonObject { ["id"] = directory.Id });
        }
    }

    private static IResult DirectoryDetails(HttpContext context, SimulatorState state, string locationId, string directoryId)
    {
        var query = context.Request.Query;
        string? mode = query["searchCriteriaModeOr"];
        var criteria = new (string Field, string? Value)[]
        {
            ("firstName", query["firstName"]), ("lastName", query["lastName"]), ("phoneNumber", query["phoneNumber"]),
            ("extension", query["extension"]), ("personId", query["personId"]),
        }.Where(c => !string.IsNullOrEmpty(c.Value)).ToList();
        lock (state.Sync)
        {
            var location = Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
            if (!state.Area<TelephonyLocationStore>().Directories.TryGetValue(directoryId, out var directory) || directory.Location != location)
                return SimResults.NotFound(context, "Receptionist contact directory not found.");
            // the reference: searchCriteriaModeOr can only be true, and only with a criterion
            if (mode is not null && (mode != "true" || criteria.Count == 0))
                return SimResults.BadRequest(context, "searchCriteriaModeOr can only be true, with at least one search criterion.");
            var contacts = directory.Contacts.Select(c => Contact(state, c)).ToList();
            if (criteria.Count > 0)
                contacts = contacts.Where(c => mode == "true"
                    ? criteria.Any(k => Matches(c, k.Field, k.Value!))
                    : criteria.All(k => Matches(c, k.Field, k.Value!))).ToList();
            return SimResults.Json(new JsonObject { ["contacts"] = new JsonArray(contacts.Select(c => (JsonNode)c).ToArray()) });
        }
    }

    private static bool Matches(JsonObject contact, string field, string value) =>
        string.Equals(JsonBody.String(contact, field), value, StringComparison.OrdinalIgnoreCase);

    private static JsonObject Contact(SimulatorState state, (string? PersonId, string? FeatureId, string? Type) contact)
    {
        if (contact.PersonId is not null && state.FindPerson(contact.PersonId) is { } person)
        {
            var json = new JsonObject { ["personId"] = person.Id };
            JsonBody.Put(json, "firstName", person.FirstName);
            JsonBody.Put(json, "lastName", person.LastName);
            JsonBody.Put(json, "department", person.Department);
            JsonBody.Put(json, "phoneNumber", PersonSettingsCatalog.PrimaryNumber(person));
            JsonBody.Put(json, "extension", person.Extension);
            JsonBody.Put(json, "title", person.Title);
            JsonBody.Put(json, "locationId", person.Location?.Id);
            json["featureId"] = null;
            return json;
        }
        return new JsonObject
        {
            ["personId"] = null,
            ["firstName"] = contact.Type ?? "Feature",
            ["lastName"] = contact.FeatureId,
            ["phoneNumber"] = null,
            ["featureId"] = contact.FeatureId,
        };
    }

    private static IResult DeleteDirectory(HttpContext context, SimulatorState state, string locationId, string directoryId)
    {
        lock (state.Sync)
        {
            var location = Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
            var directories = state.Area<TelephonyLocationStore>().Directories;
            if (!directories.TryGetValue(directoryId, out var directory) || directory.Location != location)
                return SimResults.NotFound(context, "Receptionist contact directory not found.");
            directories.Remove(directoryId);
            return SimResults.NoContent();
        }
    }

    // -- digit patterns ---------------------------------------------------------------------------------------------

    private static async Task<IResult> SavePatternAsync(HttpContext context, SimulatorState state, string locationId, string? patternId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            var location = Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
            var patterns = state.Area<TelephonyLocationStore>().PatternsOf(location);
            JsonObject? existing = null;
            if (patternId is not null && !patterns.TryGetValue(patternId, out existing))
                return SimResults.NotFound(context, "Digit pattern not found.");
            if (body is null) return bodyError!;
            var pattern = (JsonObject?)existing?.DeepClone() ?? new JsonObject { ["transferEnabled"] = false };
            foreach (string field in new[] { "name", "pattern", "action", "transferEnabled" })
                if (body.ContainsKey(field)) pattern[field] = body[field]?.DeepClone();
            if (string.IsNullOrWhiteSpace(JsonBody.String(pattern, "name"))) return SimResults.BadRequest(context, "Missing required field(s): name.");
            if (JsonBody.String(pattern, "pattern") is not { } digits || !DigitPattern().IsMatch(digits))
                return SimResults.BadRequest(context, "Missing or invalid field: pattern.");
            if (!Actions.Contains(JsonBody.String(pattern, "action"))) return SimResults.BadRequest(context, "Missing or invalid field: action.");
            string name = JsonBody.String(pattern, "name")!;
            if (patterns.Any(p => p.Key != patternId && string.Equals(JsonBody.String(p.Value, "name"), name, StringComparison.OrdinalIgnoreCase)))
                return SimResults.BadRequest(context, $"A digit pattern named {name} already exists.");
            string id = patternId ?? WebexIds.Encode(WebexIds.DigitPattern, state.NewGuid());
            var stored = new JsonObject { ["id"] = id };
            foreach (var (field, value) in pattern) if (field != "id") stored[field] = value?.DeepClone();
            patterns[id] = stored;
            return patternId is null ? SimResults.Json(new JsonObject { ["id"] = id }, StatusCodes.Status201Created) : SimResults.NoContent();
        }
    }

    private static IResult Pattern(HttpContext context, SimulatorState state, string locationId, string patternId, bool remove)
    {
        lock (state.Sync)
        {
            var location = Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
            var patterns = state.Area<TelephonyLocationStore>().PatternsOf(location);
            if (!patterns.TryGetValue(patternId, out var pattern)) return SimResults.NotFound(context, "Digit pattern not found.");
            if (!remove) return SimResults.Json(pattern.DeepClone());
            patterns.Remove(patternId);
            return SimResults.NoContent();
        }
    }

    [GeneratedRegex("^[0-9]{2,7}$")]
    private static partial Regex RoutingPrefix();

    [GeneratedRegex("^[0-9]$")]
    private static partial Regex OutsideDialDigit();

    [GeneratedRegex(@"^[0-9X*#!+]{1,80}$")]
    private static partial Regex DigitPattern();
}
