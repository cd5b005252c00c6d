using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// The Webex Calling side of the devices of <see cref="DeviceStore"/> (Device Call Settings): a device's telephony
/// details and SIP password, its members (the owner on port 1, then the people, workspaces and virtual lines its lines
/// are shared with), the members that can be added and their counts, apply changes, MAC validation, a person's device
/// count, a workspace's and a virtual line's devices and hoteling on a workspace's devices. The device settings,
/// layouts and compression settings are documents the generated routes serve (tools/api/telephony/devices.yml).
/// Rules: members are of the simulated organisation and have Webex Calling (else 400), a virtual line is never the
/// owner, the ports of the members fit the device's lines (else 400); a MAC address a live device has is unavailable.
/// </summary>
internal static class TelephonyDevicesEndpoints
{
    private const string Device = "/telephony/config/devices/{deviceId}";

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapGet(Device, (HttpContext context, string deviceId) => OnDevice(context, state, deviceId, d => SimResults.Json(Details(state, d))));
        app.MapPut(Device, (HttpContext context, string deviceId) => WithBodyAsync(context, state, body =>
            OnDeviceLocked(context, state, deviceId, d => SetSipPassword(context, d, body))));
        app.MapGet(Device + "/members", (HttpContext context, string deviceId) => OnDevice(context, state, deviceId, d => SimResults.Json(new JsonObject
        {
            ["model"] = d.Model,
            ["members"] = new JsonArray([.. Lines(state, d).Select(l => (JsonNode)MemberJson(state, d, l))]),
            ["maxLineCount"] = MaxLines(d),
        })));
        app.MapPut(Device + "/members", (HttpContext context, string deviceId) => WithBodyAsync(context, state, body =>
            OnDeviceLocked(context, state, deviceId, d => UpdateMembers(context, state, d, body))));
        app.MapGet(Device + "/availableMembers", (HttpContext context, string deviceId) => OnDevice(context, state, deviceId, d =>
            Available(context, state, d, out string? usage, out var error) is { } list
                ? Paging.Page(context, state, list, m => DectEndpoints.AvailableMemberJson(m, usage), itemsKey: "members")
                : error!));
        app.MapGet(Device + "/availableMembers/count", (HttpContext context, string deviceId) => OnDevice(context, state, deviceId, d =>
            Available(context, state, d, out _, out var error) is { } list ? Count(list.Count) : error!));
        app.MapGet("/telephony/config/devices/availableMembers/count", (HttpContext context) => Locked(context, state, () =>
            DectEndpoints.Candidates(context, state, out _, out var error) is { } list
                ? Count(list.Count(m => DeviceLocation(context, state) is not { } l || m.Location == l)) : error!));
        app.MapPost(Device + "/actions/applyChanges/invoke", (HttpContext context, string deviceId) =>
            OnDevice(context, state, deviceId, _ => SimResults.NoContent()));
        app.MapPost("/telephony/config/devices/actions/validateMacs/invoke", (Func<HttpContext, Task<IResult>>)(context =>
            WithBodyAsync(context, state, body => ValidateMacs(context, state, body))));
        app.MapGet("/telephony/config/people/{personId}/devices/count", (HttpContext context, string personId) => Locked(context, state, () =>
            SettingsOwners.Check(context, state, "Person", personId) ?? SimResults.Json(new JsonObject
            {
                // the simulated people have no Webex applications
                ["totalDeviceCount"] = OnLines(state, personId).Count(),
                ["applicationsCount"] = 0,
            })));
        app.MapGet("/telephony/config/workspaces/{workspaceId}/devices", (HttpContext context, string workspaceId) => Locked(context, state, () =>
            SettingsOwners.Check(context, state, "Workspace", workspaceId) ?? SimResults.Json(new JsonObject
            {
                ["devices"] = DevicesOf(state, workspaceId),
                ["maxDeviceCount"] = 1,
                ["maxOwnedDeviceCount"] = 1,
            })));
        app.MapPut("/telephony/config/workspaces/{workspaceId}/devices", (HttpContext context, string workspaceId) =>
            WithBodyAsync(context, state, body => SettingsOwners.Check(context, state, "Workspace", workspaceId)
                ?? SetHoteling(context, state, workspaceId, body)));
        app.MapGet("/telephony/config/virtualLines/{virtualLineId}/devices", (HttpContext context, string virtualLineId) => Locked(context, state, () =>
            SettingsOwners.Check(context, state, "VirtualLine", virtualLineId) ?? SimResults.Json(new JsonObject
            {
                ["devices"] = DevicesOf(state, virtualLineId),
                ["availableEndpointType"] = "SHARED_CALL_APPEARANCE",
                ["maxDeviceCount"] = 35,
            })));
    }

    // ---- a device

    /// <summary>The id of a device's owner (its first line).</summary>
    private static string OwnerId(DeviceRecord d) => d.PersonId ?? d.WorkspaceId ?? "";

    /// <summary>The most lines a device takes: 2 for an ATA, 10 for a phone.</summary>
    private static int MaxLines(DeviceRecord d) => d.Model.Contains("ATA", StringComparison.Ordinal) || d.Model.EndsWith(" 191", StringComparison.Ordinal)
        || d.Model.EndsWith(" 192", StringComparison.Ordinal) ? 2 : 10;

    /// <summary>A stable address of the simulated LAN for a device.</summary>
    private static string Ip(DeviceRecord d) => $"10.0.{d.Uuid.ToByteArray()[0]}.{d.Uuid.ToByteArray()[1] % 253 + 1}";

    private static string SipUserName(DeviceRecord d) => d.Mac.ToLowerInvariant();

    private static string LinePort(DeviceRecord d, DeviceLine line) => $"{SipUserName(d)}_{line.Port}@sim.bcld.webex.com";

    private static JsonObject Details(SimulatorState state, DeviceRecord d)
    {
        var json = new JsonObject
        {
            ["manufacturer"] = "CISCO",
            ["managedBy"] = "CISCO",
            ["id"] = d.CallingId,
            ["ip"] = Ip(d),
            ["mac"] = d.Mac,
            ["model"] = d.Model,
            ["activationState"] = "activated",
            ["description"] = JsonBody.Array(d.Tags),
            ["upgradeChannelEnabled"] = true,
        };
        if (Lines(state, d).FirstOrDefault() is { } owner)
            json["owner"] = new JsonObject { ["sipUserName"] = SipUserName(d), ["linePort"] = LinePort(d, owner) };
        json["proxy"] = new JsonObject { ["outboundProxy"] = "sim-proxy.bcld.webex.com" };
        return json;
    }

    private static IResult SetSipPassword(HttpContext context, DeviceRecord d, JsonObject body)
    {
        if (JsonBody.String(body, "sipPassword") is not { Length: > 0 } password)
            return SimResults.BadRequest(context, "Missing required field: sipPassword.");
        d.SipPassword = password;
        return SimResults.NoContent();
    }

    /// <summary>The device's lines in port order, without members that no longer exist; the owner alone when none were set.</summary>
    private static List<DeviceLine> Lines(SimulatorState state, DeviceRecord d)
    {
        if (d.Lines.Count == 0)
            return [new DeviceLine(OwnerId(d), 1, true, "PRIMARY", 1, null, false, null, true, false)];
        return [.. d.Lines.Where(l => DectEndpoints.Member(state, l.MemberId) is not null || l.MemberId == OwnerId(d)).OrderBy(l => l.Port)];
    }

    private static JsonObject MemberJson(SimulatorState state, DeviceRecord d, DeviceLine line)
    {
        var json = new JsonObject { ["id"] = line.MemberId };
        var member = DectEndpoints.Member(state, line.MemberId);
        if (member is not null)
        {
            JsonBody.Put(json, "firstName", member.FirstName);
            JsonBody.Put(json, "lastName", member.LastName);
            JsonBody.Put(json, "phoneNumber", member.Number);
            JsonBody.Put(json, "extension", member.Extension);
            if (member.Extension is not null)
            {
                string prefix = VirtualExtensionsEndpoints.RoutingPrefix(state, member.Location);
                json["routingPrefix"] = prefix;
                json["esn"] = prefix + member.Extension;
            }
        }
        json["primaryOwner"] = line.PrimaryOwner;
        json["port"] = line.Port;
        json["t38FaxCompressionEnabled"] = line.T38FaxCompressionEnabled;
        json["lineType"] = line.LineType;
        json["lineWeight"] = line.LineWeight;
        json["hostIP"] = Ip(d);
        json["remoteIP"] = "192.0.2.10";
        json["hotlineEnabled"] = line.HotlineEnabled;
        JsonBody.Put(json, "hotlineDestination", line.HotlineDestination);
        json["allowCallDeclineEnabled"] = line.AllowCallDeclineEnabled;
        JsonBody.Put(json, "lineLabel", line.LineLabel);
        json["linePort"] = LinePort(d, line);
        if (member is not null)
        {
            json["memberType"] = member.Type;
            json["location"] = new JsonObject { ["id"] = member.Location.Id, ["name"] = member.Location.Name };
        }
        return json;
    }

    private static IResult UpdateMembers(HttpContext context, SimulatorState state, DeviceRecord d, JsonObject body)
    {
        if (body["members"] is not JsonArray items) return SimResults.BadRequest(context, "Missing required field: members.");
        var lines = new List<DeviceLine>();
        string owner = OwnerId(d);
        int next = 1;
        foreach (var node in items)
        {
            if (node is not JsonObject item || JsonBody.String(item, "id") is not { Length: > 0 } id)
                return SimResults.BadRequest(context, "Every member needs an id.");
            if (DectEndpoints.Member(state, id) is not { } member)
                return SimResults.BadRequest(context, $"Member '{id}' is not a person, workspace or virtual line with Webex Calling.");
            if (lines.Any(l => l.MemberId == id)) return SimResults.BadRequest(context, $"Member '{id}' is on the device more than once.");
            bool primary = id == owner;
            if (JsonBody.Bool(item, "primaryOwner") == true && !primary)
                return SimResults.BadRequest(context, "Only the device's owner can be its primary owner.");
            if (primary && member.Type == "VIRTUAL_LINE") return SimResults.BadRequest(context, "A virtual line cannot own a device.");
            int weight = JsonBody.Int(item, "lineWeight") ?? 1;
            if (weight < 1 || (!primary && weight != 1)) return SimResults.BadRequest(context, "lineWeight is 1, or more for the owner only.");
            int port = JsonBody.Int(item, "port") ?? next;
            lines.Add(new DeviceLine(id, port, primary, JsonBody.String(item, "lineType") ?? (primary ? "PRIMARY" : "SHARED_CALL_APPEARANCE"),
                weight, JsonBody.String(item, "lineLabel"), JsonBody.Bool(item, "hotlineEnabled") ?? false,
                JsonBody.String(item, "hotlineDestination"), JsonBody.Bool(item, "allowCallDeclineEnabled") ?? true,
                JsonBody.Bool(item, "t38FaxCompressionEnabled") ?? false));
            next = port + weight;
        }
        // the owner stays on the device
        if (!lines.Any(l => l.MemberId == owner))
            lines.Insert(0, Lines(state, d).First(l => l.MemberId == owner) with { Port = 1 });
        var ports = lines.SelectMany(l => Enumerable.Range(l.Port, l.LineWeight)).ToList();
        if (ports.Any(p => p < 1 || p > MaxLines(d)) || ports.Distinct().Count() != ports.Count)
            return SimResults.BadRequest(context, $"The members' ports overlap or do not fit the device's {MaxLines(d)} lines.");
        d.Lines.Clear();
        d.Lines.AddRange(lines.OrderBy(l => l.Port));
        return SimResults.NoContent();
    }

    /// <summary>The members that can be added to the device: the candidates not on it, of its location unless a location is asked for.</summary>
    private static List<DectEndpoints.LineMember>? Available(HttpContext context, SimulatorState state, DeviceRecord d, out string? usage, out IResult? error)
    {
        if (DectEndpoints.Candidates(context, state, out usage, out error) is not { } list) return null;
        var on = Lines(state, d).Select(l => l.MemberId).ToHashSet();
        var location = context.Request.Query["locationId"].ToString() is { Length: > 0 } ? null : d.Location;
        return [.. list.Where(m => !on.Contains(m.Id) && (location is null || m.Location == location))];
    }

    private static LocationRecord? DeviceLocation(HttpContext context, SimulatorState state) =>
        context.Request.Query["deviceLocationId"].ToString() is { Length: > 0 } id ? state.FindLocation(id) : null;

    private static IResult Count(int count) => SimResults.Json(new JsonObject { ["totalCount"] = count });

    // ---- the devices of a member

    /// <summary>The live devices a person, workspace or virtual line is on: as owner or on a line.</summary>
    private static IEnumerable<DeviceRecord> OnLines(SimulatorState state, string memberId) =>
        state.Area<DeviceStore>().Live(state).Where(d => d.Type == "phone" && Lines(state, d).Any(l => l.MemberId == memberId));

    internal static JsonArray DevicesOf(SimulatorState state, string memberId) => new([.. OnLines(state, memberId).Select(d =>
    {
        var line = Lines(state, d).First(l => l.MemberId == memberId);
        var json = new JsonObject
        {
            ["id"] = d.CallingId,
            ["descriptions"] = JsonBody.Array(d.Tags),
            ["model"] = d.Model,
            ["mac"] = d.Mac,
            ["ipAddress"] = Ip(d),
            ["displayName"] = d.Model.StartsWith("DMS ", StringComparison.Ordinal) ? d.Model[4..] : d.Model,
            ["primaryOwner"] = line.PrimaryOwner,
            ["type"] = line.LineType,
            ["hoteling"] = d.Hoteling.DeepClone(),
        };
        if (DectEndpoints.Member(state, OwnerId(d)) is { } owner)
        {
            var o = new JsonObject { ["id"] = owner.Id, ["type"] = owner.Type };
            JsonBody.Put(o, "firstName", owner.FirstName);
            JsonBody.Put(o, "lastName", owner.LastName);
            json["owner"] = o;
        }
        json["activationState"] = "ACTIVATED";
        if (d.Location is not null) json["location"] = new JsonObject { ["id"] = d.Location.Id, ["name"] = d.Location.Name };
        return (JsonNode)json;
    })]);

    private static IResult SetHoteling(HttpContext context, SimulatorState state, string workspaceId, JsonObject body)
    {
        bool? enabled = JsonBody.Bool(body, "enabled");
        bool? limit = JsonBody.Bool(body, "limitGuestUse");
        int? hours = JsonBody.Int(body, "guestHoursLimit");
        if (hours is < 1 or > 999) return SimResults.BadRequest(context, "guestHoursLimit is 1 to 999.");
        // hoteling applies to the devices the workspace owns
        foreach (var d in OnLines(state, workspaceId).Where(d => OwnerId(d) == workspaceId))
        {
            if (enabled is { } e) d.Hoteling["enabled"] = e;
            if (limit is { } l) d.Hoteling["limitGuestUse"] = l;
            if (hours is { } h) d.Hoteling["guestHoursLimit"] = h;
        }
        return SimResults.NoContent();
    }

    // ---- MAC validation

    private static IResult ValidateMacs(HttpContext context, SimulatorState state, JsonObject body)
    {
        if (body["macs"] is not JsonArray macs || macs.Count == 0) return SimResults.BadRequest(context, "Missing required field: macs.");
        var used = state.Area<DeviceStore>().Live(state).Select(d => d.Mac).ToHashSet(StringComparer.Ordinal);
        var given = macs.Select(m => m is JsonValue v && v.TryGetValue(out string? s) ? s : null).ToList();
        var normal = given.Select(DevicesEndpoints.NormalMac).ToList();
        var statuses = new JsonArray();
        for (int i = 0; i < given.Count; i++)
        {
            var status = new JsonObject { ["mac"] = given[i] };
            string? mac = normal[i];
            if (mac is null) Error(status, "INVALID", 5674, "MAC Address is invalid.");
            else if (normal.Count(m => m == mac) > 1) Error(status, "DUPLICATE_IN_LIST", 5676, "MAC Address is duplicated in the list.");
            else if (used.Contains(mac)) Error(status, "UNAVAILABLE", 5675, "MAC Address is in use.");
            else status["state"] = "AVAILABLE";
            statuses.Add(status);
        }
        bool ok = statuses.All(s => (string?)s!["state"] == "AVAILABLE");
        return SimResults.Json(new JsonObject { ["status"] = ok ? "OK" : "ERRORS", ["macStatus"] = statuses });

        static void Error(JsonObject status, string state, int code, string message)
        {
            status["state"] = state;
            status["errorCode"] = code;
            status["message"] = $"[Error {code}] {message}";
        }
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

    private static IResult OnDevice(HttpContext context, SimulatorState state, string deviceId, Func<DeviceRecord, IResult> op) =>
        Locked(context, state, () => OnDeviceLocked(context, state, deviceId, op));

    private static IResult OnDeviceLocked(HttpContext context, SimulatorState state, string deviceId, Func<DeviceRecord, IResult> op)
    {
        if (!WebexIds.TryDecode(deviceId, DeviceRecord.Kind, out _) && !WebexIds.TryDecode(deviceId, DeviceRecord.CallingKind, out _))
            return SimResults.BadRequest(context, $"Invalid device id: '{deviceId}'.");
        // the Webex Calling device APIs know phones only
        return state.Area<DeviceStore>().Find(state, deviceId) is { Type: "phone" } device ? op(device) : SimResults.NotFound(context, "Device not found.");
    }
}
