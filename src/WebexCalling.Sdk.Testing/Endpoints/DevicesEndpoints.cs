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
/// Devices (/devices), xAPI (/xapi) and device configurations (/deviceConfigurations) over the <see cref="DeviceStore"/>.
/// Rules: a device is created by MAC address (12 hexadecimal digits, colons allowed, unique: 409) and model for exactly
/// one owner, a person or a Webex Calling workspace (400 otherwise, 404 for an unknown owner); it lists under its owner
/// and location and goes away with its owner. Tags change by a JSON patch (add, remove, replace). RoomOS devices
/// (type roomdesk, capability xapi) answer status queries from their status tree; <c>Audio.Volume.Set</c> changes
/// <c>Audio.Volume</c>, other commands answer an empty result. Their configurations are three keys with defaults.
/// </summary>
internal static partial class DevicesEndpoints
{
    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapGet("/devices", (HttpContext context) => Locked(context, state, () => List(context, state)));
        app.MapPost("/devices", (Func<HttpContext, Task<IResult>>)(context =>
            WithBodyAsync(context, state, body => Create(context, state, body))));
        app.MapPost("/devices/activationCode", (Func<HttpContext, Task<IResult>>)(context =>
            WithBodyAsync(context, state, body => ActivationCode(context, state, body))));
        app.MapGet("/devices/{deviceId}", (HttpContext context, string deviceId) =>
            OnDevice(context, state, deviceId, device => SimResults.Json(ToJson(state, device))));
        app.MapDelete("/devices/{deviceId}", (HttpContext context, string deviceId) =>
            OnDevice(context, state, deviceId, device =>
            {
                state.Area<DeviceStore>().Devices.Remove(device.Uuid);
                return SimResults.NoContent();
            }));
        app.MapPatch("/devices/{deviceId}", async (HttpContext context, string deviceId) =>
        {
            var patch = await ReadArrayAsync(context).ConfigureAwait(false);
            return OnDevice(context, state, deviceId, device => PatchTags(context, state, device, patch));
        });

        const string Jobs = "/telephony/config/jobs/devices/callDeviceSettings";
        app.MapPost(Jobs, (Func<HttpContext, Task<IResult>>)(context =>
            WithBodyAsync(context, state, body => StartJob(context, state, body))));
        app.MapGet(Jobs, (HttpContext context) => Locked(context, state, () =>
            Paging.Page(context, state, [.. state.Area<DeviceStore>().SettingsJobs.Values.Reverse()], j => j.DeepClone())));
        app.MapGet(Jobs + "/{jobId}", (HttpContext context, string jobId) => Locked(context, state, () =>
            FindJob(state, jobId) is { } job ? SimResults.Json(job.DeepClone()) : SimResults.NotFound(context, "Job not found.")));
        app.MapGet(Jobs + "/{jobId}/errors", (HttpContext context, string jobId) => Locked(context, state, () =>
            FindJob(state, jobId) is not null ? SimResults.Json(new JsonObject { ["items"] = new JsonArray() })
                : SimResults.NotFound(context, "Job not found.")));

        app.MapGet("/xapi/status", (HttpContext context) => Locked(context, state, () => QueryStatus(context, state)));
        app.MapPost("/xapi/command/{commandName}", (HttpContext context, string commandName) =>
            WithBodyAsync(context, state, body => Command(context, state, commandName, body)));

        app.MapGet("/deviceConfigurations", (HttpContext context) => Locked(context, state, () =>
            RoomDevice(context, state, out var error) is { } device
                ? SimResults.Json(Configurations(device, context.Request.Query["key"].ToString())) : error!));
        app.MapPatch("/deviceConfigurations", (Func<HttpContext, Task<IResult>>)(async context =>
        {
            var patch = await ReadArrayAsync(context).ConfigureAwait(false);
            return Locked(context, state, () => RoomDevice(context, state, out var error) is { } device
                ? UpdateConfigurations(context, device, patch) : error!);
        }));
    }

    /// <summary>
    /// Seeds, after the workspaces exist: an 8851 desk phone in each location's Lobby workspace, one for the first
    /// person with a location, and a Room Kit with an xAPI status tree in each Board Room.
    /// </summary>
    public static void SeedDemoOrg(SimulatorState state, DemoOrgContext demo)
    {
        lock (state.Sync)
        {
            var store = state.Area<DeviceStore>();
            var owners = state.Area<OwnerEntities>();
            foreach (var location in demo.Locations)
            {
                foreach (var workspace in owners.Workspaces.Values.Where(w => w.Location == location))
                {
                    var device = workspace.WebexCalling
                        ? NewDevice(state, workspace.DisplayName + " Phone", "DMS Cisco 8851", location)
                        : NewRoomDevice(state, workspace.DisplayName, location);
                    device.WorkspaceId = workspace.Id;
                    store.Devices.Add(device.Uuid, device);
                }
            }
            if (demo.People.FirstOrDefault(p => p.Location is not null) is { } person)
            {
                var phone = NewDevice(state, (person.DisplayName ?? "Person") + " Phone", "DMS Cisco 8851", person.Location);
                phone.PersonId = person.Id;
                store.Devices.Add(phone.Uuid, phone);
            }
        }
    }

    private static DeviceRecord NewDevice(SimulatorState state, string name, string model, LocationRecord? location) =>
        new(state.NewGuid(), SimulatorState.SeedEpoch)
        {
            DisplayName = name,
            Model = model,
            Mac = RandomMac(state),
            Location = location,
            Serial = "FCH" + state.Random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture),
            Software = "sip88xx.14-2-1-0001-100",
        };

    private static DeviceRecord NewRoomDevice(SimulatorState state, string name, LocationRecord? location)
    {
        var device = NewDevice(state, name, "Cisco Room Kit", location);
        device.Type = "roomdesk";
        device.Software = "RoomOS 11.14.1.5 75a6ec1f8a1";
        device.XapiStatus = new JsonObject
        {
            ["Audio"] = new JsonObject { ["Volume"] = 50, ["Microphones"] = new JsonObject { ["Mute"] = "Off" } },
            ["SystemUnit"] = new JsonObject { ["State"] = new JsonObject { ["NumberOfActiveCalls"] = 0 } },
            ["Standby"] = new JsonObject { ["State"] = "Off" },
        };
        return device;
    }

    private static string RandomMac(SimulatorState state)
    {
        Span<byte> bytes = stackalloc byte[6];
        state.Random.NextBytes(bytes);
        return Convert.ToHexString(bytes);
    }

    // ---- devices

    private static IResult List(HttpContext context, SimulatorState state)
    {
        var query = context.Request.Query;
        IEnumerable<DeviceRecord> found = state.Area<DeviceStore>().Live(state);
        string? Q(string name) => query[name].ToString() is { Length: > 0 } v ? v : null;
        if (Q("personId") is { } personId) found = found.Where(d => d.PersonId == personId);
        if (Q("workspaceId") is { } workspaceId) found = found.Where(d => d.WorkspaceId == workspaceId);
        if ((Q("locationId") ?? Q("workspaceLocationId")) is { } locationId) found = found.Where(d => d.Location?.Id == locationId);
        if (Q("displayName") is { } name) found = found.Where(d => d.DisplayName == name);
        if (Q("mac") is { } mac) found = found.Where(d => d.Mac == NormalMac(mac));
        if (Q("type") is { } type) found = found.Where(d => d.Type == type);
        if (Q("serial") is { } serial) found = found.Where(d => d.Serial == serial);
        if (Q("product") is { } product) found = found.Where(d => Product(d).Contains(product, StringComparison.OrdinalIgnoreCase));
        if (Q("capability") is { } capability) found = found.Where(d => capability == "xapi" && d.XapiStatus is not null);
        if (Q("connectionStatus") is { } status) found = found.Where(_ => status == "connected");
        foreach (var tags in query["tag"])
            foreach (var tag in (tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                found = found.Where(d => d.Tags.Contains(tag));
        return Paging.Page(context, state, found.ToList(), d => ToJson(state, d));
    }

    private static IResult Create(HttpContext context, SimulatorState state, JsonObject body)
    {
        string? mac = NormalMac(JsonBody.String(body, "mac"));
        string? model = JsonBody.String(body, "model");
        string? workspaceId = JsonBody.String(body, "workspaceId");
        string? personId = JsonBody.String(body, "personId");
        if (mac is null) return SimResults.BadRequest(context, "A MAC address of 12 hexadecimal digits is required.");
        if (string.IsNullOrWhiteSpace(model)) return SimResults.BadRequest(context, "The model is required.");
        if ((workspaceId is null) == (personId is null))
            return SimResults.BadRequest(context, "Either workspaceId or personId is required, not both.");
        var store = state.Area<DeviceStore>();
        if (store.Live(state).Any(d => d.Mac == mac)) return SimResults.Conflict(context, $"A device with MAC address {mac} exists.");
        if (!Owner(context, state, workspaceId, personId, out var location, out var error)) return error!;
        var device = NewDevice(state, model.Replace("DMS ", "", StringComparison.Ordinal) + " " + mac[^4..], model, location);
        device.Mac = mac;
        device.WorkspaceId = workspaceId;
        device.PersonId = personId;
        store.Devices.Add(device.Uuid, device);
        return SimResults.Json(ToJson(state, device));
    }

    private static IResult ActivationCode(HttpContext context, SimulatorState state, JsonObject body)
    {
        string? workspaceId = JsonBody.String(body, "workspaceId");
        string? personId = JsonBody.String(body, "personId");
        if ((workspaceId is null) == (personId is null))
            return SimResults.BadRequest(context, "Either workspaceId or personId is required, not both.");
        if (!Owner(context, state, workspaceId, personId, out _, out var error)) return error!;
        var code = string.Concat(Enumerable.Range(0, 16).Select(_ => (char)('0' + state.Random.Next(10))));
        return SimResults.Json(new JsonObject
        {
            ["code"] = code,
            ["expiryTime"] = Iso(state.Time.GetUtcNow().AddDays(7)),
        });
    }

    /// <summary>Checks the owner of a create: a person, or a workspace (with Webex Calling for a phone).</summary>
    private static bool Owner(HttpContext context, SimulatorState state, string? workspaceId, string? personId,
        out LocationRecord? location, out IResult? error)
    {
        location = null;
        error = null;
        if (personId is not null)
        {
            if (PeopleEndpoints.Resolve(context, state, personId, out error) is not { } person) return false;
            location = person.Location;
            return true;
        }
        var workspace = state.Area<OwnerEntities>().FindWorkspace(workspaceId);
        if (workspace is null)
        {
            error = SimResults.NotFound(context, "Workspace not found.");
            return false;
        }
        if (!workspace.WebexCalling)
        {
            error = SimResults.BadRequest(context, "The workspace has no Webex Calling: phones cannot be added to it.");
            return false;
        }
        location = workspace.Location;
        return true;
    }

    private static IResult PatchTags(HttpContext context, SimulatorState state, DeviceRecord device, JsonArray? patch)
    {
        if (patch is null) return SimResults.BadRequest(context, "The body must be a JSON patch (an array of operations).");
        foreach (var item in patch)
        {
            if (item is not JsonObject op || JsonBody.String(op, "path") != "tags")
                return SimResults.BadRequest(context, "Only the tags path can be patched.");
            var values = JsonBody.Strings(op, "value") ?? [];
            switch (JsonBody.String(op, "op"))
            {
                case "add":
                    device.Tags.AddRange(values.Where(v => !device.Tags.Contains(v)).Distinct());
                    break;
                case "remove":
                    device.Tags.RemoveAll(values.Contains);
                    break;
                case "replace":
                    device.Tags.Clear();
                    device.Tags.AddRange(values.Distinct());
                    break;
                default:
                    return SimResults.BadRequest(context, "The op must be add, remove or replace.");
            }
        }
        return SimResults.Json(ToJson(state, device));
    }

    /// <summary>The devices of a workspace or person as /devices answers them (for a workspace's includeDevices).</summary>
    internal static JsonArray OfOwner(SimulatorState state, string ownerId) =>
        new([.. state.Area<DeviceStore>().Live(state).Where(d => d.WorkspaceId == ownerId || d.PersonId == ownerId)
            .Select(d => (JsonNode)ToJson(state, d))]);

    private static JsonObject ToJson(SimulatorState state, DeviceRecord d)
    {
        bool room = d.XapiStatus is not null;
        var json = new JsonObject
        {
            ["id"] = d.Id,
            ["callingDeviceId"] = d.CallingId,
            ["webexDeviceId"] = d.Id,
            ["displayName"] = d.DisplayName,
        };
        if (d.WorkspaceId is not null)
        {
            json["placeId"] = d.WorkspaceId;
            json["workspaceId"] = d.WorkspaceId;
        }
        if (d.PersonId is not null) json["personId"] = d.PersonId;
        json["orgId"] = state.OrgId;
        json["capabilities"] = room ? JsonBody.Array(["xapi"]) : new JsonArray();
        json["permissions"] = room ? JsonBody.Array(["xapi:readonly", "xapi:all"]) : new JsonArray();
        json["connectionStatus"] = "connected";
        json["product"] = Product(d);
        json["type"] = d.Type;
        json["tags"] = JsonBody.Array(d.Tags);
        json["mac"] = string.Join(':', d.Mac.Chunk(2).Select(c => new string(c)));
        json["serial"] = d.Serial;
        json["software"] = d.Software;
        json["upgradeChannel"] = "stable";
        json["created"] = Iso(d.Created);
        if (d.Location is not null)
        {
            json["locationId"] = d.Location.Id;
            json["workspaceLocationId"] = d.Location.Id;
        }
        json["errorCodes"] = new JsonArray();
        json["firstSeen"] = Iso(d.Created);
        json["lastSeen"] = Iso(d.Created);
        json["managedBy"] = "CISCO";
        json["devicePlatform"] = "cisco";
        json["plannedMaintenance"] = "off";
        return json;
    }

    private static string Product(DeviceRecord d) => d.Model.StartsWith("DMS ", StringComparison.Ordinal) ? d.Model[4..] : d.Model;

    private static string Iso(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>A MAC address as 12 upper-case hexadecimal digits, or null when it is not one.</summary>
    internal static string? NormalMac(string? mac)
    {
        if (mac is null) return null;
        string digits = mac.Replace(":", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToUpperInvariant();
        return HexMac().IsMatch(digits) ? digits : null;
    }

    [GeneratedRegex("^[0-9A-F]{12}$")]
    private static partial Regex HexMac();

    // ---- device settings jobs

    private const string JobKind = "JOB_ID";

    private static JsonObject? FindJob(SimulatorState state, string jobId) =>
        WebexIds.TryDecode(jobId, JobKind, out var uuid) && state.Area<DeviceStore>().SettingsJobs.TryGetValue(uuid, out var job) ? job : null;

    /// <summary>
    /// Starts a job for the organisation or a location; it completes at once, counting the live devices it covers
    /// (the device settings the settings routes answer do not change).
    /// </summary>
    private static IResult StartJob(HttpContext context, SimulatorState state, JsonObject body)
    {
        if (body["customizations"] is not JsonObject) return SimResults.BadRequest(context, "customizations is required.");
        LocationRecord? location = null;
        if (JsonBody.String(body, "locationId") is { Length: > 0 } locationId)
        {
            location = LocationsEndpoints.Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
        }
        var store = state.Area<DeviceStore>();
        if (store.SettingsJobs.Values.Any(j => JsonBody.String(j, "latestExecutionStatus") is "STARTING" or "STARTED"))
            return SimResults.Conflict(context, "A device settings job is already running.");
        var uuid = state.NewGuid();
        string now = Iso(state.Time.GetUtcNow());
        var job = new JsonObject
        {
            ["name"] = "calldevicesettings",
            ["id"] = WebexIds.Encode(JobKind, uuid),
            ["jobType"] = "calldevicesettings",
            ["trackingId"] = "SIM_" + uuid.ToString("N"),
            ["sourceUserId"] = WebexIds.Encode(WebexIds.People, state.AdminId),
            ["sourceCustomerId"] = state.OrgId,
            ["targetCustomerId"] = state.OrgId,
            ["instanceId"] = store.SettingsJobs.Count + 1,
            ["jobExecutionStatus"] = new JsonArray(new JsonObject
            {
                ["id"] = store.SettingsJobs.Count + 1, ["startTime"] = now, ["endTime"] = now, ["lastUpdated"] = now,
                ["statusMessage"] = "COMPLETED", ["exitCode"] = "COMPLETED", ["createdTime"] = now, ["timeElapsed"] = "PT0S",
            }),
            ["latestExecutionStatus"] = "COMPLETED",
            ["latestExecutionExitCode"] = "COMPLETED",
            ["locationCustomizationsEnabled"] = JsonBody.Bool(body, "locationCustomizationsEnabled") ?? false,
            ["target"] = location is null ? "CUSTOMER" : "LOCATION",
            ["locationId"] = location?.Id ?? "",
            ["percentageComplete"] = 100,
            ["deviceCount"] = store.Live(state).Count(d => location is null || d.Location == location),
        };
        store.SettingsJobs.Add(uuid, job);
        return SimResults.Json(job.DeepClone());
    }

    // ---- xAPI and configurations

    /// <summary>The RoomOS device of the <c>deviceId</c> query parameter (400 without one or for a phone, 404 unknown).</summary>
    private static DeviceRecord? RoomDevice(HttpContext context, SimulatorState state, out IResult? error)
    {
        string deviceId = context.Request.Query["deviceId"].ToString();
        return RoomDevice(context, state, deviceId, out error);
    }

    private static DeviceRecord? RoomDevice(HttpContext context, SimulatorState state, string? deviceId, out IResult? error)
    {
        error = null;
        if (string.IsNullOrEmpty(deviceId))
        {
            error = SimResults.BadRequest(context, "deviceId is required.");
            return null;
        }
        var device = state.Area<DeviceStore>().Find(state, deviceId);
        if (device is null) error = SimResults.NotFound(context, "Device not found.");
        else if (device.XapiStatus is null) error = SimResults.BadRequest(context, "The device does not support the xAPI.");
        return error is null ? device : null;
    }

    private static IResult QueryStatus(HttpContext context, SimulatorState state)
    {
        if (RoomDevice(context, state, out var error) is not { } device) return error!;
        var names = context.Request.Query["name"].SelectMany(n => (n ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (names.Count is 0 or > 10) return SimResults.BadRequest(context, "Give 1 to 10 status expressions in name.");
        var result = new JsonObject();
        foreach (var name in names)
        {
            var path = name.Split('.').Where(p => p is not ("*" or "Status")).ToArray();
            JsonNode? node = device.XapiStatus;
            foreach (var part in path) node = node is JsonObject o ? o.FirstOrDefault(kv => string.Equals(kv.Key, part, StringComparison.OrdinalIgnoreCase)).Value : null;
            if (node is null) continue;
            var target = result;
            for (int i = 0; i < path.Length - 1; i++)
            {
                if (target[path[i]] is not JsonObject next) target[path[i]] = next = new JsonObject();
                target = next;
            }
            if (path.Length == 0) result = (JsonObject)node.DeepClone();
            else target[path[^1]] = node.DeepClone();
        }
        return SimResults.Json(new JsonObject { ["deviceId"] = device.Id, ["result"] = result });
    }

    private static IResult Command(HttpContext context, SimulatorState state, string commandName, JsonObject body)
    {
        if (RoomDevice(context, state, JsonBody.String(body, "deviceId"), out var error) is not { } device) return error!;
        var arguments = body["arguments"] as JsonObject ?? [];
        if (string.Equals(commandName, "Audio.Volume.Set", StringComparison.OrdinalIgnoreCase))
        {
            if (JsonBody.Int(arguments, "Level") is not int level || level is < 0 or > 100)
                return SimResults.BadRequest(context, "Audio.Volume.Set takes a Level of 0 to 100.");
            if (device.XapiStatus!["Audio"] is not JsonObject audio) device.XapiStatus["Audio"] = audio = [];
            audio["Volume"] = level;
        }
        return SimResults.Json(new JsonObject
        {
            ["deviceId"] = device.Id, ["arguments"] = arguments.DeepClone(), ["result"] = new JsonObject(),
        });
    }

    private static JsonObject Configurations(DeviceRecord device, string key, IEnumerable<string>? only = null)
    {
        var items = new JsonObject();
        foreach (var (name, (value, space)) in DeviceStore.Defaults)
        {
            if (only is not null ? !only.Contains(name) : key.Length > 0 && !KeyMatches(key, name)) continue;
            bool configured = device.Configured.TryGetValue(name, out var set);
            items[name] = new JsonObject
            {
                ["value"] = (configured ? set : value)?.DeepClone(),
                ["source"] = configured ? "configured" : "default",
                ["sources"] = new JsonObject
                {
                    ["default"] = new JsonObject
                    {
                        ["value"] = value.DeepClone(),
                        ["editability"] = new JsonObject { ["editable"] = false, ["reason"] = "FACTORY_DEFAULT" },
                    },
                    ["configured"] = new JsonObject
                    {
                        ["value"] = configured ? set?.DeepClone() : null,
                        ["editability"] = new JsonObject { ["editable"] = true },
                    },
                },
                ["valueSpace"] = space.DeepClone(),
            };
        }
        return new JsonObject { ["deviceId"] = device.Id, ["items"] = items };
    }

    /// <summary>A key filter: the key itself, or a prefix ending in <c>*</c>.</summary>
    private static bool KeyMatches(string filter, string key) =>
        filter.EndsWith('*') ? key.StartsWith(filter[..^1], StringComparison.OrdinalIgnoreCase) : string.Equals(filter, key, StringComparison.OrdinalIgnoreCase);

    private static IResult UpdateConfigurations(HttpContext context, DeviceRecord device, JsonArray? patch)
    {
        if (patch is null) return SimResults.BadRequest(context, "The body must be a JSON patch (an array of operations).");
        const string Suffix = "/sources/configured/value";
        var changed = new List<string>();
        foreach (var item in patch)
        {
            string? path = item is JsonObject o ? JsonBody.String(o, "path") : null;
            if (path is null || !path.EndsWith(Suffix, StringComparison.Ordinal))
                return SimResults.BadRequest(context, $"Only paths ending in {Suffix} are supported.");
            string key = path[..^Suffix.Length];
            if (!DeviceStore.Defaults.ContainsKey(key)) return SimResults.BadRequest(context, $"Unknown configuration key: '{key}'.");
            switch (JsonBody.String((JsonObject)item!, "op"))
            {
                case "replace":
                    device.Configured[key] = item!["value"]?.DeepClone();
                    break;
                case "remove":
                    device.Configured.Remove(key);
                    break;
                default:
                    return SimResults.BadRequest(context, "The op must be remove or replace.");
            }
            changed.Add(key);
        }
        return SimResults.Json(Configurations(device, "", changed));
    }

    // ---- plumbing

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

    private static async Task<JsonArray?> ReadArrayAsync(HttpContext context)
    {
        try
        {
            return await JsonNode.ParseAsync(context.Request.Body).ConfigureAwait(false) as JsonArray;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static IResult OnDevice(HttpContext context, SimulatorState state, string deviceId, Func<DeviceRecord, IResult> op) =>
        Locked(context, state, () =>
        {
            if (!WebexIds.TryDecode(deviceId, DeviceRecord.Kind, out _) && !WebexIds.TryDecode(deviceId, DeviceRecord.CallingKind, out _))
                return SimResults.BadRequest(context, $"Invalid device id: '{deviceId}'.");
            return state.Area<DeviceStore>().Find(state, deviceId) is { } device ? op(device) : SimResults.NotFound(context, "Device not found.");
        });
}
