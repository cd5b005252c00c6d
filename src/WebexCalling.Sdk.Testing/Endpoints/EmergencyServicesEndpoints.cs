using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.Resources;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// Emergency services of the organisation (openapi-2026/emergency-services-settings.yml): the emergency call
/// notification of the organisation and of each location (a location's answer carries the organisation's), the RedSky
/// (E911) account with each location's setup stage, building and calling parameters, and the emergency callback number
/// dependencies of a hunt group.
/// </summary>
/// <remarks>
/// A location's RedSky setup goes through stages in order: pending LOCATION_SETUP, ALERTS, NETWORK_ELEMENTS,
/// ROUTING_ENABLE, then COMPLIANT. An update names the stage completed (LOCATION_SETUP ... ROUTING_ENABLED, or
/// OPTED_OUT); naming a stage beyond the next one is a 400. Completing NETWORK_ELEMENTS turns on the integration (test
/// calls reach RedSky), completing ROUTING_ENABLED the routing of emergency calls. The organisation's status follows
/// from its locations': ENABLED and COMPLIANT once every location is compliant (or exempted).
/// </remarks>
internal static class EmergencyServicesEndpoints
{
    private const string Config = "/telephony/config";
    private const string Location = Config + "/locations/{locationId}";

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapGet(Config + "/emergencyCallNotification", (HttpContext context) => Read(context, state, OrgNotification));
        app.MapPut(Config + "/emergencyCallNotification", (Func<HttpContext, Task<IResult>>)(context => UpdateOrgNotificationAsync(context, state)));
        app.MapGet(Location + "/emergencyCallNotification", (HttpContext context, string locationId) =>
            ReadLocation(context, state, locationId, LocationNotification));
        app.MapPut(Location + "/emergencyCallNotification", (HttpContext context, string locationId) =>
            UpdateLocationNotificationAsync(context, state, locationId));

        app.MapGet(Config + "/huntGroups/{huntGroupId}/emergencyCallbackNumber/dependencies", (HttpContext context, string huntGroupId) =>
            HuntGroupDependencies(context, state, huntGroupId));

        app.MapGet(Config + "/redSky", (HttpContext context) => Read(context, state, Account));
        app.MapPost(Config + "/redSky", (Func<HttpContext, Task<IResult>>)(context => CreateAccountAsync(context, state)));
        app.MapPost(Config + "/redSky/actions/login/invoke", (Func<HttpContext, Task<IResult>>)(context => LoginAsync(context, state)));
        app.MapPut(Config + "/redSky/serviceSettings", (Func<HttpContext, Task<IResult>>)(context => UpdateServiceSettingsAsync(context, state)));
        app.MapGet(Config + "/redSky/status", (HttpContext context) => Read(context, state, s => OrgStatus(s, s.Area<EmergencyServicesStore>())));
        app.MapPut(Config + "/redSky/status", (Func<HttpContext, Task<IResult>>)(context => UpdateOrgStatusAsync(context, state)));
        app.MapGet(Config + "/redSky/complianceStatus", (HttpContext context) => ComplianceList(context, state));

        app.MapGet(Location + "/redSky", (HttpContext context, string locationId) => ReadLocation(context, state, locationId, Parameters));
        app.MapPost(Location + "/redSky/building", (HttpContext context, string locationId) => CreateBuildingAsync(context, state, locationId));
        app.MapPut(Location + "/redSky/building", (HttpContext context, string locationId) => UpdateBuildingAsync(context, state, locationId));
        app.MapGet(Location + "/redSky/status", (HttpContext context, string locationId) => ReadLocation(context, state, locationId, LocationStatus));
        app.MapPut(Location + "/redSky/status", (HttpContext context, string locationId) => UpdateLocationStatusAsync(context, state, locationId));
    }

    /// <summary>
    /// The demo organisation: notifications of emergency calls go to the administrator; a RedSky account whose first
    /// location is compliant and whose others are at successive earlier stages (the second pending routing, the third
    /// pending the network elements, the rest pending the location setup), with the buildings at the locations' addresses.
    /// </summary>
    public static void SeedDemoOrg(SimulatorState state, DemoOrgContext demo)
    {
        lock (state.Sync)
        {
            var store = state.Area<EmergencyServicesStore>();
            store.OrgNotification["emergencyCallNotificationEnabled"] = true;
            store.OrgNotification["allowEmailNotificationAllLocationEnabled"] = true;
            store.OrgNotification["emailAddress"] = state.People.TryGetValue(state.AdminId, out var admin) && admin.Emails.Count > 0
                ? admin.Emails[0]
                : "admin@example.com";
            store.Account = new RedSkyAccountRecord
            {
                Enabled = true,
                CompanyId = state.NewGuid().ToString(),
                RedSkyOrgId = state.NewGuid().ToString(),
                AdminEmail = store.OrgNotification["emailAddress"]!.GetValue<string>(),
                Secret = state.NewSecret(16),
            };
            int[] reached = [Stages.Length, 3, 2];
            for (int i = 0; i < demo.Locations.Count; i++)
            {
                var location = demo.Locations[i];
                var redSky = store.LocationOf(location);
                int stage = i < reached.Length ? reached[i] : 0;
                for (int s = 0; s < stage; s++) Complete(redSky, s);
                if (stage > 0)
                    redSky.Building = new JsonObject
                    {
                        ["alertingEmail"] = store.Account.AdminEmail,
                        ["address"] = BuildingAddress(location),
                    };
            }
        }
    }

    // ---- emergency call notification --------------------------------------------------------------------------------

    private static JsonObject OrgNotification(SimulatorState state) => (JsonObject)state.Area<EmergencyServicesStore>().OrgNotification.DeepClone();

    private static JsonObject LocationNotification(SimulatorState state, LocationRecord location)
    {
        var store = state.Area<EmergencyServicesStore>();
        var json = (JsonObject)store.LocationOf(location).Notification.DeepClone();
        json["organization"] = store.OrgNotification.DeepClone();
        return json;
    }

    private static readonly JsonObject OrgNotificationShape = new()
    {
        ["emergencyCallNotificationEnabled"] = true,
        ["allowEmailNotificationAllLocationEnabled"] = true,
        ["emailAddress"] = "",
    };

    private static readonly JsonObject LocationNotificationShape = new()
    {
        ["emergencyCallNotificationEnabled"] = true,
        ["emailAddress"] = "",
    };

    private static async Task<IResult> UpdateOrgNotificationAsync(HttpContext context, SimulatorState state)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null) return bodyError!;
        lock (state.Sync)
        {
            if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
            var store = state.Area<EmergencyServicesStore>();
            var updated = (JsonObject)store.OrgNotification.DeepClone();
            if (MergeKnown(context, updated, OrgNotificationShape, body) is { } error) return error;
            if (NotificationError(context, updated) is { } invalid) return invalid;
            store.OrgNotification = updated;
            return SimResults.NoContent();
        }
    }

    private static async Task<IResult> UpdateLocationNotificationAsync(HttpContext context, SimulatorState state, string locationId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            if (LocationsEndpoints.ResolveInOrg(context, state, locationId, out var error) is not { } location) return error!;
            if (body is null) return bodyError!;
            var redSky = state.Area<EmergencyServicesStore>().LocationOf(location);
            var updated = (JsonObject)redSky.Notification.DeepClone();
            if (MergeKnown(context, updated, LocationNotificationShape, body) is { } mergeError) return mergeError;
            if (NotificationError(context, updated) is { } invalid) return invalid;
            redSky.Notification = updated;
            return SimResults.NoContent();
        }
    }

    /// <summary>Notifications need somewhere to go: enabling them without an email address is a 400.</summary>
    private static IResult? NotificationError(HttpContext context, JsonObject notification)
    {
        string? email = JsonBody.String(notification, "emailAddress");
        if (JsonBody.Bool(notification, "emergencyCallNotificationEnabled") == true && string.IsNullOrWhiteSpace(email))
            return SimResults.BadRequest(context, "An email address is required when emergency call notification is enabled.");
        if (!string.IsNullOrEmpty(email) && !LooksLikeEmail(email))
            return SimResults.BadRequest(context, $"Invalid email address: '{email}'.");
        return null;
    }

    // ---- hunt group emergency callback number ---------------------------------------------------------------------

    /// <summary>
    /// A hunt group of the generated hunt group collection; the simulator's location members are people, so no member
    /// uses a hunt group's number as callback number yet (count 0).
    /// </summary>
    private static IResult HuntGroupDependencies(HttpContext context, SimulatorState state, string huntGroupId)
    {
        lock (state.Sync)
        {
            if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
            bool exists = SimulatorRoutes.Collections.Where(c => c.Path.EndsWith("/huntGroups", StringComparison.Ordinal))
                .Any(c => state.Area<ResourceStore>().Items(c.Path).ContainsKey(huntGroupId));
            if (!exists) return SimResults.NotFound(context, "Hunt group not found.");
            return SimResults.Json(new JsonObject
            {
                ["isLocationEcbnDefault"] = false,
                ["isSelfEcbnDefault"] = false,
                ["dependentMemberCount"] = 0,
            });
        }
    }

    // ---- RedSky account -----------------------------------------------------------------------------------------------

    private static JsonObject Account(SimulatorState state)
    {
        var store = state.Area<EmergencyServicesStore>();
        var account = store.Account;
        var json = new JsonObject { ["enabled"] = account?.Enabled ?? false };
        JsonBody.Put(json, "companyId", account?.CompanyId);
        if (account?.Secret is not null) json["secret"] = "*****"; // Webex answers the secret masked
        json["locationsEnabled"] = state.Locations.Values.Any(l => store.LocationOf(l).RoutingEnabled);
        return json;
    }

    private static async Task<IResult> CreateAccountAsync(HttpContext context, SimulatorState state)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null) return bodyError!;
        lock (state.Sync)
        {
            if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
            string? email = JsonBody.String(body, "email");
            if (string.IsNullOrWhiteSpace(email)) return SimResults.BadRequest(context, "Missing required field(s): email.");
            if (!LooksLikeEmail(email)) return SimResults.BadRequest(context, $"Invalid email address: '{email}'.");
            if (JsonBody.String(body, "orgPrefix") is { } prefix && prefix is not ("wxc" or "wxc-whs"))
                return SimResults.BadRequest(context, $"Invalid value for field 'orgPrefix': '{prefix}'.");
            var store = state.Area<EmergencyServicesStore>();
            if (store.Account is { AdminEmail: not null }) return SimResults.Conflict(context, "The organization already has a RedSky account.");
            store.Account = new RedSkyAccountRecord
            {
                Enabled = true,
                CompanyId = store.Account?.CompanyId ?? state.NewGuid().ToString(),
                RedSkyOrgId = state.NewGuid().ToString(),
                AdminEmail = email,
                Secret = store.Account?.Secret,
                ExternalTenantEnabled = store.Account?.ExternalTenantEnabled ?? false,
            };
            return Results.StatusCode(StatusCodes.Status201Created);
        }
    }

    private static async Task<IResult> LoginAsync(HttpContext context, SimulatorState state)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null) return bodyError!;
        lock (state.Sync)
        {
            if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
            string? email = JsonBody.String(body, "email"), password = JsonBody.String(body, "password");
            var missing = new[] { ("email", email), ("password", password) }.Where(f => string.IsNullOrEmpty(f.Item2)).Select(f => f.Item1).ToList();
            if (missing.Count > 0) return SimResults.BadRequest(context, "Missing required field(s): " + string.Join(", ", missing) + ".");
            var account = state.Area<EmergencyServicesStore>().Account;
            // the password is checked by RedSky and never kept: any password of the account's administrator signs in
            if (account?.AdminEmail is null || !string.Equals(account.AdminEmail, email, StringComparison.OrdinalIgnoreCase))
                return SimResults.BadRequest(context, "Invalid RedSky credentials.");
            string? orgId = JsonBody.String(body, "redSkyOrgId");
            return SimResults.Json(new JsonObject
            {
                ["accountMatch"] = orgId is null || orgId == account.RedSkyOrgId,
                ["externalTenantEnabled"] = account.ExternalTenantEnabled,
                ["companyId"] = account.CompanyId,
            });
        }
    }

    private static async Task<IResult> UpdateServiceSettingsAsync(HttpContext context, SimulatorState state)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null) return bodyError!;
        lock (state.Sync)
        {
            if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
            if (JsonBody.Bool(body, "enabled") is not { } enabled) return SimResults.BadRequest(context, "Missing required field(s): enabled.");
            bool external = JsonBody.Bool(body, "externalTenantEnabled") ?? false;
            if (external)
            {
                var missing = Credentials.Where(f => string.IsNullOrEmpty(JsonBody.String(body, f))).ToList();
                if (missing.Count > 0)
                    return SimResults.BadRequest(context, "Missing required field(s) for an external tenant: " + string.Join(", ", missing) + ".");
            }
            var store = state.Area<EmergencyServicesStore>();
            string? companyId = JsonBody.String(body, "companyId");
            if (store.Account is null && companyId is null)
                return SimResults.BadRequest(context, "Missing required field(s): companyId (the organization has no RedSky account).");
            var account = store.Account ??= new RedSkyAccountRecord { RedSkyOrgId = state.NewGuid().ToString() };
            account.Enabled = enabled;
            if (companyId is not null) account.CompanyId = companyId;
            if (JsonBody.String(body, "secret") is { } secret) account.Secret = secret;
            if (body.ContainsKey("externalTenantEnabled")) account.ExternalTenantEnabled = external;
            if (external) account.AdminEmail = JsonBody.String(body, "email");
            return SimResults.NoContent();
        }
    }

    private static readonly string[] Credentials = ["email", "password"];

    // ---- compliance -----------------------------------------------------------------------------------------------

    // the stages a location goes through, in order: the pending one is its state
    private static readonly string[] Stages = ["LOCATION_SETUP", "ALERTS", "NETWORK_ELEMENTS", "ROUTING_ENABLE"];

    // what an update names: the stage completed (ROUTING_ENABLED completes ROUTING_ENABLE)
    private static readonly string[] Completed = ["LOCATION_SETUP", "ALERTS", "NETWORK_ELEMENTS", "ROUTING_ENABLED"];

    private static void Complete(RedSkyLocationRecord location, int stage)
    {
        location.Stage = Math.Max(location.Stage, stage + 1);
        location.OptedOut = false;
        if (stage >= 2) location.IntegrationEnabled = true;
        if (stage >= 3) location.RoutingEnabled = true;
    }

    private static string State(RedSkyLocationRecord location) =>
        location.OptedOut ? "OPTED_OUT" : location.Stage >= Stages.Length ? "COMPLIANT" : Stages[location.Stage];

    private static JsonObject OrgStatus(SimulatorState state, EmergencyServicesStore store)
    {
        var json = StatusHeader(state, store);
        var locations = state.Locations.Values.Select(l => (Location: l, RedSky: store.LocationOf(l))).ToList();
        var pending = locations.Where(l => !l.RedSky.OptedOut && l.RedSky.Stage < Stages.Length).ToList();
        if (locations.Count > 0)
        {
            var status = new JsonObject();
            var least = new List<LocationRecord>();
            if (pending.Count > 0)
            {
                int stage = pending.Min(l => l.RedSky.Stage);
                status["state"] = Stages[stage];
                least = pending.Where(l => l.RedSky.Stage == stage).Select(l => l.Location).ToList();
            }
            status["count"] = locations.Count;
            status["locations"] = new JsonArray(least.Take(4).Select(l => (JsonNode)IdAndName(l)).ToArray());
            json["locationsStatus"] = status;
        }
        return json;
    }

    /// <summary>The organisation's part of a status: where the account's setup is and whether it is compliant.</summary>
    private static JsonObject StatusHeader(SimulatorState state, EmergencyServicesStore store)
    {
        var account = store.Account;
        var locations = state.Locations.Values.Select(store.LocationOf).ToList();
        bool optedOut = locations.Count > 0 && locations.All(l => l.OptedOut);
        bool compliant = account is not null && locations.All(l => !l.OptedOut && l.Stage >= Stages.Length);
        var json = new JsonObject
        {
            ["orgStatus"] = optedOut ? "OPTED_OUT" : compliant ? "ENABLED" : "INITIALISE",
            ["complianceStatus"] = optedOut ? "OPTED_OUT" : compliant ? "COMPLIANT" : "NON_COMPLIANT",
        };
        JsonBody.Put(json, "companyId", account?.CompanyId);
        JsonBody.Put(json, "redSkyOrgId", account?.RedSkyOrgId);
        json["adminExists"] = account?.AdminEmail is not null;
        return json;
    }

    private static JsonObject LocationStatus(SimulatorState state, LocationRecord location)
    {
        var store = state.Area<EmergencyServicesStore>();
        var json = StatusHeader(state, store);
        json["locationsStatus"] = LocationsStatus(store.LocationOf(location), location);
        return json;
    }

    private static JsonObject LocationsStatus(RedSkyLocationRecord redSky, LocationRecord location) => new()
    {
        ["state"] = State(redSky),
        ["count"] = 1,
        ["locations"] = new JsonArray(IdAndName(location)),
    };

    /// <summary>The compliance list: every location with its state, a page by start and max, sorted by name or state.</summary>
    private static IResult ComplianceList(HttpContext context, SimulatorState state)
    {
        lock (state.Sync)
        {
            if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
            if (!Paging.TryRead(context, state, 100, 1000, out int start, out int max, out var pageError)) return pageError!;
            string order = context.Request.Query["order"].ToString();
            bool descending = order.EndsWith("-desc", StringComparison.Ordinal);
            string key = descending ? order[..^5] : order;
            if (key is not ("" or "locationName" or "locationState"))
                return SimResults.BadRequest(context, $"Invalid value for parameter 'order': '{order}'.");
            var store = state.Area<EmergencyServicesStore>();
            var rows = state.Locations.Values.Select(l => (Location: l, RedSky: store.LocationOf(l))).ToList();
            var sorted = key == "locationState"
                ? rows.OrderBy(r => r.RedSky.OptedOut ? -1 : r.RedSky.Stage).ThenBy(r => r.Location.Name, StringComparer.OrdinalIgnoreCase)
                : rows.OrderBy(r => r.Location.Name, StringComparer.OrdinalIgnoreCase);
            var ordered = descending ? sorted.Reverse().ToList() : sorted.ToList();
            var json = StatusHeader(state, store);
            json["locationsStatus"] = new JsonObject
            {
                ["count"] = rows.Count,
                ["locations"] = new JsonArray(ordered.Skip(start).Take(max).Select(r =>
                {
                    var item = IdAndName(r.Location);
                    item["state"] = State(r.RedSky);
                    return (JsonNode)item;
                }).ToArray()),
            };
            return SimResults.Json(json);
        }
    }

    private static async Task<IResult> UpdateOrgStatusAsync(HttpContext context, SimulatorState state)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null) return bodyError!;
        lock (state.Sync)
        {
            if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
            var store = state.Area<EmergencyServicesStore>();
            if (StageOf(context, store, body, out int stage) is { } error) return error;
            var locations = state.Locations.Values.Select(store.LocationOf).ToList();
            if (stage < 0)
            {
                foreach (var location in locations) OptOut(location);
            }
            else
            {
                // every location must have reached the stage before it is marked completed for the organisation
                if (locations.Any(l => !l.OptedOut && l.Stage < stage))
                    return SimResults.BadRequest(context, OrderMessage);
                foreach (var location in locations) Complete(location, stage);
            }
            return SimResults.Json(OrgStatus(state, store));
        }
    }

    private static async Task<IResult> UpdateLocationStatusAsync(HttpContext context, SimulatorState state, string locationId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            if (LocationsEndpoints.ResolveInOrg(context, state, locationId, out var resolveError) is not { } location) return resolveError!;
            if (body is null) return bodyError!;
            var store = state.Area<EmergencyServicesStore>();
            if (StageOf(context, store, body, out int stage) is { } error) return error;
            var redSky = store.LocationOf(location);
            if (stage < 0) OptOut(redSky);
            else if (!redSky.OptedOut && redSky.Stage < stage) return SimResults.BadRequest(context, OrderMessage);
            else Complete(redSky, stage);
            return SimResults.Json(new JsonObject { ["locationsStatus"] = LocationsStatus(redSky, location) });
        }
    }

    private const string OrderMessage = "The stages must be completed in order: LOCATION_SETUP, ALERTS, NETWORK_ELEMENTS, ROUTING_ENABLED.";

    /// <summary>The stage an update completes (its index; -1 for OPTED_OUT), or the 400 of a missing or unknown one.</summary>
    private static IResult? StageOf(HttpContext context, EmergencyServicesStore store, JsonObject body, out int stage)
    {
        stage = 0;
        string? value = JsonBody.String(body, "complianceStatus");
        if (value is null) return SimResults.BadRequest(context, "Missing required field(s): complianceStatus.");
        if (store.Account is null) return SimResults.BadRequest(context, "The organization has no RedSky account.");
        stage = value == "OPTED_OUT" ? -1 : Array.IndexOf(Completed, value);
        return stage == -1 && value != "OPTED_OUT"
            ? SimResults.BadRequest(context, $"Invalid value for field 'complianceStatus': '{value}'.")
            : null;
    }

    private static void OptOut(RedSkyLocationRecord location)
    {
        location.OptedOut = true;
        location.IntegrationEnabled = false;
        location.RoutingEnabled = false;
    }

    // ---- a location's RedSky building and parameters -----------------------------------------------------------

    private static JsonObject Parameters(SimulatorState state, LocationRecord location)
    {
        var redSky = state.Area<EmergencyServicesStore>().LocationOf(location);
        return new JsonObject { ["integrationEnabled"] = redSky.IntegrationEnabled, ["routingEnabled"] = redSky.RoutingEnabled };
    }

    private static readonly JsonObject AddressShape = new()
    {
        ["addressLine1"] = "", ["addressLine2"] = "", ["city"] = "", ["stateOrProvince"] = "", ["zipOrPostalCode"] = "", ["country"] = "",
    };

    private static async Task<IResult> CreateBuildingAsync(HttpContext context, SimulatorState state, string locationId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            if (LocationsEndpoints.ResolveInOrg(context, state, locationId, out var error) is not { } location) return error!;
            if (body is null) return bodyError!;
            string? email = JsonBody.String(body, "alertingEmail");
            if (string.IsNullOrWhiteSpace(email)) return SimResults.BadRequest(context, "Missing required field(s): alertingEmail.");
            if (!LooksLikeEmail(email)) return SimResults.BadRequest(context, $"Invalid email address: '{email}'.");
            var store = state.Area<EmergencyServicesStore>();
            if (store.Account is null) return SimResults.BadRequest(context, "The organization has no RedSky account.");
            var redSky = store.LocationOf(location);
            if (redSky.Building is not null) return SimResults.Conflict(context, "The location already has a RedSky building.");
            var address = BuildingAddress(location);
            if (body["address"] is { } given)
            {
                if (given is not JsonObject fields) return SimResults.BadRequest(context, "Invalid value for field 'address'.");
                if (MergeKnown(context, address, AddressShape, fields) is { } mergeError) return mergeError;
            }
            redSky.Building = new JsonObject { ["alertingEmail"] = email, ["address"] = address };
            return Results.StatusCode(StatusCodes.Status201Created);
        }
    }

    private static async Task<IResult> UpdateBuildingAsync(HttpContext context, SimulatorState state, string locationId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            if (LocationsEndpoints.ResolveInOrg(context, state, locationId, out var error) is not { } location) return error!;
            if (body is null) return bodyError!;
            var redSky = state.Area<EmergencyServicesStore>().LocationOf(location);
            if (redSky.Building is null) return SimResults.NotFound(context, "RedSky building not found.");
            if (body["address"] is { } given)
            {
                if (given is not JsonObject fields) return SimResults.BadRequest(context, "Invalid value for field 'address'.");
                var address = (JsonObject)redSky.Building["address"]!.DeepClone();
                if (MergeKnown(context, address, AddressShape, fields) is { } mergeError) return mergeError;
                redSky.Building["address"] = address;
            }
            return SimResults.NoContent();
        }
    }

    /// <summary>A building's address from the location's own (the state spelt as given, as RedSky keeps it).</summary>
    private static JsonObject BuildingAddress(LocationRecord location)
    {
        var json = new JsonObject();
        JsonBody.Put(json, "addressLine1", location.Address1);
        JsonBody.Put(json, "addressLine2", location.Address2);
        JsonBody.Put(json, "city", location.City);
        JsonBody.Put(json, "stateOrProvince", location.State);
        JsonBody.Put(json, "zipOrPostalCode", location.PostalCode);
        JsonBody.Put(json, "country", location.Country);
        return json;
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    private static IResult Read(HttpContext context, SimulatorState state, Func<SimulatorState, JsonObject> answer)
    {
        lock (state.Sync)
            return LocationsEndpoints.CheckOrg(context, state) ?? SimResults.Json(answer(state));
    }

    private static IResult ReadLocation(HttpContext context, SimulatorState state, string locationId, Func<SimulatorState, LocationRecord, JsonObject> answer)
    {
        lock (state.Sync)
            return LocationsEndpoints.ResolveInOrg(context, state, locationId, out var error) is { } location ? SimResults.Json(answer(state, location)) : error!;
    }

    /// <summary>A partial update of the fields <paramref name="shape"/> knows (others are ignored); a wrong kind is a 400.</summary>
    private static IResult? MergeKnown(HttpContext context, JsonObject target, JsonObject shape, JsonObject body)
    {
        var known = new JsonObject();
        foreach (var (name, value) in body)
            if (shape.ContainsKey(name)) known[name] = value?.DeepClone();
        return PersonSettingsEndpoints.Merge(context, target, shape, known, [], "");
    }

    private static JsonObject IdAndName(LocationRecord location) => new() { ["id"] = location.Id, ["name"] = location.Name };

    private static bool LooksLikeEmail(string text) =>
        text.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < text.Length - 1 && !text.Contains(' ', StringComparison.Ordinal);
}

/// <summary>The organisation's emergency services: notifications, the RedSky account and each location's part.</summary>
internal sealed class EmergencyServicesStore
{
    public JsonObject OrgNotification { get; set; } = new()
    {
        ["emergencyCallNotificationEnabled"] = false,
        ["allowEmailNotificationAllLocationEnabled"] = false,
    };

    /// <summary>The RedSky account; null until one is created or linked with service settings.</summary>
    public RedSkyAccountRecord? Account { get; set; }

    private readonly Dictionary<Guid, RedSkyLocationRecord> _locations = [];

    public RedSkyLocationRecord LocationOf(LocationRecord location)
    {
        if (!_locations.TryGetValue(location.Uuid, out var record)) _locations[location.Uuid] = record = new RedSkyLocationRecord();
        return record;
    }
}

/// <summary>An organisation's RedSky account.</summary>
internal sealed class RedSkyAccountRecord
{
    public bool Enabled { get; set; }

    public string? CompanyId { get; set; }

    public string? RedSkyOrgId { get; set; }

    /// <summary>The RedSky administrator's email; null when the account was linked without one.</summary>
    public string? AdminEmail { get; set; }

    /// <summary>The company secret (answered masked).</summary>
    public string? Secret { get; set; }

    public bool ExternalTenantEnabled { get; set; }
}

/// <summary>A location's emergency services: its notification, RedSky setup stage, building and parameters.</summary>
internal sealed class RedSkyLocationRecord
{
    public JsonObject Notification { get; set; } = new() { ["emergencyCallNotificationEnabled"] = false };

    /// <summary>The index of the pending stage (0 LOCATION_SETUP ... 3 ROUTING_ENABLE); 4: compliant.</summary>
    public int Stage { get; set; }

    public bool OptedOut { get; set; }

    public bool IntegrationEnabled { get; set; }

    public bool RoutingEnabled { get; set; }

    /// <summary>The RedSky building: <c>alertingEmail</c> and <c>address</c>; null until created.</summary>
    public JsonObject? Building { get; set; }
}
