using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// Call recording of the organisation and its locations (<c>/telephony/config/callRecording/…</c> and
/// <c>/telephony/config/locations/{id}/callRecording/…</c>): three vendors (Dubber, Webex, Imagicle), the organisation's
/// vendor, storage region and failure behaviour, each location's own or the organisation's, terms of service per vendor,
/// compliance announcements (a location that uses the organisation's settings answers the organisation's values), the
/// storage regions and the users each vendor records (the calling users of the locations it serves). Setting a
/// location's vendor answers 200 with a job id when the vendor changes and 204 when it does not; the organisation's
/// always answers a job id.
/// </summary>
internal static class CallRecordingEndpoints
{
    private const string Org = "/telephony/config/callRecording";
    private const string Location = "/telephony/config/locations/{locationId}/callRecording";
    private const string VendorKind = "RECORDING_VENDOR";
    private const string JobKind = "JOB_ID";

    private sealed record Vendor(string Id, string Name, string Description, bool MigrateUserCreationEnabled, string LoginUrl,
        string TermsOfServiceUrl)
    {
        public JsonObject Json() => new()
        {
            ["id"] = Id,
            ["name"] = Name,
            ["description"] = Description,
            ["migrateUserCreationEnabled"] = MigrateUserCreationEnabled,
            ["loginUrl"] = LoginUrl,
            ["termsOfServiceUrl"] = TermsOfServiceUrl,
        };
    }

    // Dubber and Webex with the ids of the reference's examples
    private static readonly Vendor Dubber = new(WebexIds.Encode(VendorKind, new Guid("53dc4c87-8408-4882-9570-dca2bcdb9280")), "Dubber",
        "Dubber Call Recording Provider", true, "https://wxc-sandbox.dubber.net/login?sso=webex", "https://www.dubber.net/terms");
    private static readonly Vendor Webex = new(WebexIds.Encode(VendorKind, new Guid("0a426754-a470-4c2d-8ba0-fbc6773a8a7c")), "Webex",
        "Webex CRP", false, "", "");
    private static readonly Vendor Imagicle = new(WebexIds.Encode(VendorKind, new Guid("5b0e8bd4-3b86-4a8b-9d3e-6a3f2f5a9c11")), "Imagicle",
        "Imagicle Call Recording", true, "https://login.imagicle.com/webex", "https://www.imagicle.com/terms");
    private static readonly Vendor[] Vendors = [Dubber, Webex, Imagicle];

    private static readonly (string Code, string Name)[] Regions =
        [("AU", "Australia"), ("CA", "Canada"), ("DE", "Germany"), ("GB", "United Kingdom"), ("JP", "Japan"), ("US", "United States")];
    private const string DefaultRegion = "US";

    private static readonly string[] FailureBehaviors =
        ["PROCEED_WITH_CALL_NO_ANNOUNCEMENT", "PROCEED_CALL_WITH_ANNOUNCEMENT", "END_CALL_WITH_ANNOUNCEMENT"];

    // the reference's example answers
    private const string OrgComplianceSeed = """
        {"inboundPSTNCallsEnabled": true, "outboundPSTNCallsEnabled": false, "outboundPSTNCallsDelayEnabled": false, "delayInSeconds": 10}
        """;
    private const string LocationComplianceSeed = """
        {"inboundPSTNCallsEnabled": true, "useOrgSettingsEnabled": true, "outboundPSTNCallsEnabled": false, "outboundPSTNCallsDelayEnabled": false, "delayInSeconds": 10}
        """;

    private sealed class LocationRecording
    {
        public bool OrgDefaultEnabled { get; set; } = true;
        public string? VendorId { get; set; }
        public bool OrgStorageRegionEnabled { get; set; } = true;
        public string? StorageRegion { get; set; }
        public bool OrgFailureBehaviorEnabled { get; set; } = true;
        public string? FailureBehavior { get; set; }
        public JsonObject Compliance { get; set; } = (JsonObject)JsonNode.Parse(LocationComplianceSeed)!;
    }

    private sealed class CallRecordingStore
    {
        public bool Enabled { get; set; } = true;
        public string VendorId { get; set; } = Webex.Id;
        public string StorageRegion { get; set; } = DefaultRegion;
        public string FailureBehavior { get; set; } = FailureBehaviors[0];
        public HashSet<string> TermsAccepted { get; } = new(StringComparer.Ordinal) { Dubber.Id };
        public JsonObject Compliance { get; set; } = (JsonObject)JsonNode.Parse(OrgComplianceSeed)!;
        public Dictionary<Guid, LocationRecording> Locations { get; } = [];

        public LocationRecording Of(LocationRecord location)
        {
            if (!Locations.TryGetValue(location.Uuid, out var recording)) Locations[location.Uuid] = recording = new LocationRecording();
            return recording;
        }

        public string VendorOf(LocationRecording location) => location.OrgDefaultEnabled || location.VendorId is null ? VendorId : location.VendorId;
    }

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapGet(Org, (HttpContext context) => OrgSettings(context, state));
        app.MapPut(Org, (Delegate)((HttpContext context) => UpdateOrgAsync(context, state)));
        app.MapGet(Org + "/vendors/{vendorId}/termsOfService", (HttpContext context, string vendorId) => TermsOfService(context, state, vendorId));
        app.MapPut(Org + "/vendors/{vendorId}/termsOfService", (HttpContext context, string vendorId) => UpdateTermsOfServiceAsync(context, state, vendorId));
        app.MapGet(Org + "/complianceAnnouncement", (HttpContext context) => OrgCompliance(context, state));
        app.MapPut(Org + "/complianceAnnouncement", (Delegate)((HttpContext context) => UpdateComplianceAsync(context, state, null)));
        app.MapGet(Location + "/complianceAnnouncement", (HttpContext context, string locationId) => LocationCompliance(context, state, locationId));
        app.MapPut(Location + "/complianceAnnouncement", (HttpContext context, string locationId) => UpdateComplianceAsync(context, state, locationId));
        app.MapGet(Org + "/regions", (HttpContext context) => RegionList(context, state));
        app.MapGet(Org + "/vendorUsers", (HttpContext context) => Users(context, state, null));
        app.MapGet(Location + "/vendorUsers", (HttpContext context, string locationId) => Users(context, state, locationId));
        app.MapGet(Org + "/vendors", (HttpContext context) => OrgVendors(context, state));
        app.MapPut(Org + "/vendor", (Delegate)((HttpContext context) => SetOrgVendorAsync(context, state)));
        app.MapGet(Location + "/vendors", (HttpContext context, string locationId) => LocationVendors(context, state, locationId));
        app.MapPut(Location + "/vendor", (HttpContext context, string locationId) => SetLocationVendorAsync(context, state, locationId));
    }

    /// <summary>Each demo location its own vendor choice: San Jose and Austin the organisation's (Webex), Denver
    /// Dubber with its own failure behaviour, New York Imagicle with its own storage region.</summary>
    public static void SeedDemoOrg(SimulatorState state, DemoOrgContext demo)
    {
        var store = state.Area<CallRecordingStore>();
        for (int i = 0; i < demo.Locations.Count; i++)
        {
            var recording = store.Of(demo.Locations[i]);
            switch (i % 4)
            {
                case 1:
                    recording.OrgDefaultEnabled = false;
                    recording.VendorId = Dubber.Id;
                    recording.OrgFailureBehaviorEnabled = false;
                    recording.FailureBehavior = "END_CALL_WITH_ANNOUNCEMENT";
                    break;
                case 3:
                    recording.OrgDefaultEnabled = false;
                    recording.VendorId = Imagicle.Id;
                    recording.OrgStorageRegionEnabled = false;
                    recording.StorageRegion = "CA";
                    break;
            }
        }
    }

    private static Vendor? FindVendor(string? id) => Vendors.FirstOrDefault(v => v.Id == id);

    private static IResult? Check(HttpContext context, SimulatorState state, string? locationId, out LocationRecording? location)
    {
        location = null;
        if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
        if (locationId is null) return null;
        var record = LocationsEndpoints.Resolve(context, state, locationId, out var error);
        if (record is null) return error;
        location = state.Area<CallRecordingStore>().Of(record);
        return null;
    }

    private static IResult OrgSettings(HttpContext context, SimulatorState state)
    {
        lock (state.Sync)
        {
            if (Check(context, state, null, out _) is { } error) return error;
            var store = state.Area<CallRecordingStore>();
            var vendor = FindVendor(store.VendorId)!;
            return SimResults.Json(new JsonObject
            {
                ["organization"] = new JsonObject { ["id"] = state.OrgId, ["name"] = "Sim Organization" },
                ["enabled"] = store.Enabled,
                ["vendorId"] = vendor.Id,
                ["vendorName"] = vendor.Name,
                ["termsOfServiceUrl"] = vendor.TermsOfServiceUrl,
            });
        }
    }

    private static async Task<IResult> UpdateOrgAsync(HttpContext context, SimulatorState state)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            if (Check(context, state, null, out _) is { } error) return error;
            if (body is null) return bodyError!;
            if (JsonBody.Bool(body, "enabled") is not { } enabled) return SimResults.BadRequest(context, "Missing or invalid field: enabled.");
            state.Area<CallRecordingStore>().Enabled = enabled;
        }
        return SimResults.NoContent();
    }

    private static IResult TermsOfService(HttpContext context, SimulatorState state, string vendorId)
    {
        lock (state.Sync)
        {
            if (Check(context, state, null, out _) is { } error) return error;
            if (FindVendor(vendorId) is not { } vendor) return SimResults.NotFound(context, "Vendor not found.");
            return SimResults.Json(new JsonObject
            {
                ["vendorId"] = vendor.Id,
                ["vendorName"] = vendor.Name,
                ["termsOfServiceEnabled"] = state.Area<CallRecordingStore>().TermsAccepted.Contains(vendor.Id),
                ["termsOfServiceUrl"] = vendor.TermsOfServiceUrl,
            });
        }
    }

    private static async Task<IResult> UpdateTermsOfServiceAsync(HttpContext context, SimulatorState state, string vendorId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            if (Check(context, state, null, out _) is { } error) return error;
            if (FindVendor(vendorId) is not { } vendor) return SimResults.NotFound(context, "Vendor not found.");
            if (body is null) return bodyError!;
            if (JsonBody.Bool(body, "termsOfServiceEnabled") is not { } enabled)
                return SimResults.BadRequest(context, "Missing or invalid field: termsOfServiceEnabled.");
            var accepted = state.Area<CallRecordingStore>().TermsAccepted;
            if (enabled) accepted.Add(vendor.Id);
            else accepted.Remove(vendor.Id);
        }
        return SimResults.NoContent();
    }

    private static IResult OrgCompliance(HttpContext context, SimulatorState state)
    {
        lock (state.Sync)
        {
            if (Check(context, state, null, out _) is { } error) return error;
            return SimResults.Json(state.Area<CallRecordingStore>().Compliance.DeepClone());
        }
    }

    private static IResult LocationCompliance(HttpContext context, SimulatorState state, string locationId)
    {
        lock (state.Sync)
        {
            if (Check(context, state, locationId, out var location) is { } error) return error;
            var answer = (JsonObject)location!.Compliance.DeepClone();
            // a location that uses the organisation's settings answers them
            if (JsonBody.Bool(answer, "useOrgSettingsEnabled") == true)
                foreach (var (name, value) in state.Area<CallRecordingStore>().Compliance)
                    answer[name] = value?.DeepClone();
            return SimResults.Json(answer);
        }
    }

    private static async Task<IResult> UpdateComplianceAsync(HttpContext context, SimulatorState state, string? locationId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            if (Check(context, state, locationId, out var location) is { } error) return error;
            if (body is null) return bodyError!;
            var store = state.Area<CallRecordingStore>();
            var current = (JsonObject)(location?.Compliance ?? store.Compliance).DeepClone();
            var shape = (JsonObject)JsonNode.Parse(location is null ? OrgComplianceSeed : LocationComplianceSeed)!;
            if (PersonSettingsEndpoints.Merge(context, current, shape, body, [], "") is { } mergeError) return mergeError;
            if (JsonBody.Int(current, "delayInSeconds") is not { } delay || delay < 0)
                return SimResults.BadRequest(context, "delayInSeconds must be a number of seconds (0 or more).");
            if (location is null) store.Compliance = current;
            else location.Compliance = current;
        }
        return SimResults.NoContent();
    }

    private static IResult RegionList(HttpContext context, SimulatorState state)
    {
        lock (state.Sync)
        {
            if (Check(context, state, null, out _) is { } error) return error;
            var regions = new JsonArray(Regions.Select(r => (JsonNode)new JsonObject
            {
                ["code"] = r.Code,
                ["name"] = r.Name,
                ["defaultEnabled"] = r.Code == DefaultRegion,
            }).ToArray());
            return SimResults.Json(new JsonObject { ["regions"] = regions });
        }
    }

    /// <summary>The users a vendor records: of one location (its vendor's), or of every location whose vendor is the
    /// organisation's. Every demo user holds a professional license, so <c>standardUserOnly=true</c> lists none.</summary>
    private static IResult Users(HttpContext context, SimulatorState state, string? locationId)
    {
        bool standardOnly = JsonBody.QueryFlag(context, "standardUserOnly");
        lock (state.Sync)
        {
            if (Check(context, state, locationId, out var location) is { } error) return error;
            var store = state.Area<CallRecordingStore>();
            string vendorId = location is null ? store.VendorId : store.VendorOf(location);
            var members = state.People.Values
                .Where(p => p.Location is not null && !standardOnly)
                .Where(p => location is null
                    ? store.VendorOf(store.Of(p.Location!)) == store.VendorId
                    : store.Of(p.Location!) == location)
                .ToList();
            return Paging.Page(context, state, members, p =>
            {
                var member = new JsonObject { ["id"] = p.Id };
                JsonBody.Put(member, "lastName", p.LastName);
                JsonBody.Put(member, "firstName", p.FirstName);
                member["type"] = "PEOPLE";
                member["licenseType"] = "PROFESSIONAL_USER";
                return member;
            }, itemsKey: "members", defaultMax: 2000, endpointCap: 2000, decorate: body => body["vendorId"] = vendorId);
        }
    }

    private static IResult OrgVendors(HttpContext context, SimulatorState state)
    {
        lock (state.Sync)
        {
            if (Check(context, state, null, out _) is { } error) return error;
            var store = state.Area<CallRecordingStore>();
            var vendor = FindVendor(store.VendorId)!;
            return SimResults.Json(new JsonObject
            {
                ["vendorId"] = vendor.Id,
                ["vendorName"] = vendor.Name,
                ["vendors"] = new JsonArray(Vendors.Select(v => (JsonNode)v.Json()).ToArray()),
                ["storageRegion"] = store.StorageRegion,
                ["failureBehavior"] = store.FailureBehavior,
            });
        }
    }

    private static IResult LocationVendors(HttpContext context, SimulatorState state, string locationId)
    {
        lock (state.Sync)
        {
            if (Check(context, state, locationId, out var location) is { } error) return error;
            var store = state.Area<CallRecordingStore>();
            var orgVendor = FindVendor(store.VendorId)!;
            var vendor = FindVendor(store.VendorOf(location!))!;
            return SimResults.Json(new JsonObject
            {
                ["orgDefaultEnabled"] = location!.OrgDefaultEnabled,
                ["orgDefaultVendorId"] = orgVendor.Id,
                ["orgDefaultVendorName"] = orgVendor.Name,
                ["defaultVendorId"] = vendor.Id,
                ["defaultVendorName"] = vendor.Name,
                ["vendors"] = new JsonArray(Vendors.Select(v => (JsonNode)v.Json()).ToArray()),
                ["orgStorageRegionEnabled"] = location.OrgStorageRegionEnabled,
                ["orgStorageRegion"] = store.StorageRegion,
                ["storageRegion"] = location.OrgStorageRegionEnabled ? store.StorageRegion : location.StorageRegion ?? store.StorageRegion,
                ["orgFailureBehaviorEnabled"] = location.OrgFailureBehaviorEnabled,
                ["orgFailureBehavior"] = store.FailureBehavior,
                ["failureBehavior"] = location.OrgFailureBehaviorEnabled ? store.FailureBehavior : location.FailureBehavior ?? store.FailureBehavior,
            });
        }
    }

    /// <summary>Checks the storage region and failure behaviour a body sets: an error result or null.</summary>
    private static IResult? CheckChoices(HttpContext context, JsonObject body)
    {
        if (body.ContainsKey("storageRegion") && !Regions.Any(r => r.Code == JsonBody.String(body, "storageRegion")))
            return SimResults.BadRequest(context, $"Invalid storageRegion: '{JsonBody.String(body, "storageRegion")}'.");
        if (body.ContainsKey("failureBehavior") && Array.IndexOf(FailureBehaviors, JsonBody.String(body, "failureBehavior")) < 0)
            return SimResults.BadRequest(context, $"Invalid failureBehavior: '{JsonBody.String(body, "failureBehavior")}'.");
        foreach (string flag in new[] { "orgDefaultEnabled", "orgStorageRegionEnabled", "orgFailureBehaviorEnabled" })
            if (body.ContainsKey(flag) && JsonBody.Bool(body, flag) is null)
                return SimResults.BadRequest(context, $"Invalid value for field '{flag}'.");
        return null;
    }

    private static async Task<IResult> SetOrgVendorAsync(HttpContext context, SimulatorState state)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            if (Check(context, state, null, out _) is { } error) return error;
            if (body is null) return bodyError!;
            string? vendorId = JsonBody.String(body, "vendorId");
            if (vendorId is null) return SimResults.BadRequest(context, "Missing field: vendorId.");
            if (FindVendor(vendorId) is null) return SimResults.NotFound(context, "Vendor not found.");
            if (CheckChoices(context, body) is { } choiceError) return choiceError;
            var store = state.Area<CallRecordingStore>();
            store.VendorId = vendorId;
            if (JsonBody.String(body, "storageRegion") is { } region) store.StorageRegion = region;
            if (JsonBody.String(body, "failureBehavior") is { } behavior) store.FailureBehavior = behavior;
            return SimResults.Json(new JsonObject { ["jobId"] = WebexIds.Encode(JobKind, state.NewGuid()) });
        }
    }

    private static async Task<IResult> SetLocationVendorAsync(HttpContext context, SimulatorState state, string locationId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            if (Check(context, state, locationId, out var location) is { } error) return error;
            if (body is null) return bodyError!;
            string? vendorId = JsonBody.String(body, "id");
            if (body.ContainsKey("id") && FindVendor(vendorId) is null) return SimResults.NotFound(context, "Vendor not found.");
            if (CheckChoices(context, body) is { } choiceError) return choiceError;
            var store = state.Area<CallRecordingStore>();
            string before = store.VendorOf(location!);
            if (vendorId is not null) location!.VendorId = vendorId;
            if (JsonBody.Bool(body, "orgDefaultEnabled") is { } orgDefault) location!.OrgDefaultEnabled = orgDefault;
            else if (vendorId is not null) location!.OrgDefaultEnabled = false; // naming a vendor chooses it over the default
            if (JsonBody.String(body, "storageRegion") is { } region) location!.StorageRegion = region;
            if (JsonBody.Bool(body, "orgStorageRegionEnabled") is { } orgRegion) location!.OrgStorageRegionEnabled = orgRegion;
            if (JsonBody.String(body, "failureBehavior") is { } behavior) location!.FailureBehavior = behavior;
            if (JsonBody.Bool(body, "orgFailureBehaviorEnabled") is { } orgBehavior) location!.OrgFailureBehaviorEnabled = orgBehavior;
            // moving the location's users to another vendor is a job; anything else applies at once
            if (store.VendorOf(location!) == before) return SimResults.NoContent();
            return SimResults.Json(new JsonObject { ["jobId"] = WebexIds.Encode(JobKind, state.NewGuid()) });
        }
    }
}
