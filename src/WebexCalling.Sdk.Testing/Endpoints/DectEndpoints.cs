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
/// DECT networks (DECT Devices Settings): networks of a location with their base stations and handsets, the supported
/// models, the members that can be put on a handset line, the networks of a person, workspace or virtual line
/// (computed from the handsets' lines) and the serviceability password. Rules of the 2026 reference: a name of 1 to 40
/// characters unique in the location (409), a display name of at most 11, a four-digit default access code (needed when
/// enabled) unique among the location's networks (409); a DBS-110 network takes one base station and 30 lines, a
/// DBS-210 one 254 base stations and 1000 lines; a handset has a custom name of 1 to 16 characters, a person or
/// workspace on line 1 and optionally a person, workspace or virtual line on line 2, all of the network's location and
/// with Webex Calling (else Webex's error 4516); a bulk add takes 1 to 50 handsets and answers 206 when some fail.
/// </summary>
internal static partial class DectEndpoints
{
    private const string Networks = "/telephony/config/locations/{locationId}/dectNetworks";
    private const string Network = Networks + "/{dectNetworkId}";
    private const int MaxBulkHandsets = 50;

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapGet("/telephony/config/devices/dectNetworks/supportedDevices", (HttpContext context) =>
            Locked(context, state, () => SimResults.Json(SupportedDevices())));
        app.MapGet("/telephony/config/dectNetworks", (HttpContext context) => Locked(context, state, () => List(context, state)));
        app.MapGet("/telephony/config/devices/availableMembers", (HttpContext context) =>
            Locked(context, state, () => AvailableMembers(context, state)));
        app.MapGet("/telephony/config/people/{personId}/dectNetworks", (HttpContext context, string personId) =>
            Locked(context, state, () => PeopleEndpoints.Resolve(context, state, personId, out var error) is { } person
                ? Associated(state, person.Id, withLocation: false) : error!));
        app.MapGet("/telephony/config/workspaces/{workspaceId}/dectNetworks", (HttpContext context, string workspaceId) =>
            Locked(context, state, () => ResolveOwner(context, state, workspaceId, WebexIds.Workspace, out var error)
                ? Associated(state, workspaceId, withLocation: false) : error!));
        app.MapGet("/telephony/config/virtualLines/{virtualLineId}/dectNetworks", (HttpContext context, string virtualLineId) =>
            Locked(context, state, () => ResolveOwner(context, state, virtualLineId, WebexIds.VirtualLine, out var error)
                ? Associated(state, virtualLineId, withLocation: true) : error!));

        app.MapPost(Networks, (HttpContext context, string locationId) =>
            WithBodyAsync(context, state, body => Create(context, state, locationId, body)));
        app.MapGet(Network, (HttpContext context, string locationId, string dectNetworkId) =>
            InNetwork(context, state, locationId, dectNetworkId, network => SimResults.Json(ToJson(network))));
        app.MapPut(Network, (HttpContext context, string locationId, string dectNetworkId) =>
            WithBodyAsync(context, state, body => InNetworkLocked(context, state, locationId, dectNetworkId,
                network => Update(context, state, network, body))));
        app.MapDelete(Network, (HttpContext context, string locationId, string dectNetworkId) =>
            InNetwork(context, state, locationId, dectNetworkId, network =>
            {
                // its base stations and handsets live in the record and go with it
                state.Area<DectStore>().Networks.Remove(network.Uuid);
                return SimResults.NoContent();
            }));

        app.MapPost(Network + "/baseStations", (HttpContext context, string locationId, string dectNetworkId) =>
            WithBodyAsync(context, state, body => InNetworkLocked(context, state, locationId, dectNetworkId,
                network => AddBaseStations(context, state, network, body))));
        app.MapGet(Network + "/baseStations", (HttpContext context, string locationId, string dectNetworkId) =>
            InNetwork(context, state, locationId, dectNetworkId, network => SimResults.Json(new JsonObject
            {
                ["baseStations"] = new JsonArray([.. network.BaseStations.Select(b => (JsonNode)new JsonObject
                {
                    ["id"] = b.Id, ["mac"] = b.Mac, ["numberOfLinesRegistered"] = RegisteredWith(network, b).Sum(h => h.MemberIds.Count()),
                })]),
            })));
        app.MapDelete(Network + "/baseStations", (HttpContext context, string locationId, string dectNetworkId) =>
            InNetwork(context, state, locationId, dectNetworkId, network =>
            {
                network.BaseStations.Clear();
                return SimResults.NoContent();
            }));
        app.MapGet(Network + "/baseStations/{baseStationId}", (HttpContext context, string locationId, string dectNetworkId, string baseStationId) =>
            InNetwork(context, state, locationId, dectNetworkId, network =>
                FindBaseStation(context, network, baseStationId, out var error) is { } station
                    ? SimResults.Json(BaseStationDetails(state, network, station)) : error!));
        app.MapDelete(Network + "/baseStations/{baseStationId}", (HttpContext context, string locationId, string dectNetworkId, string baseStationId) =>
            InNetwork(context, state, locationId, dectNetworkId, network =>
            {
                if (FindBaseStation(context, network, baseStationId, out var error) is not { } station) return error!;
                network.BaseStations.Remove(station);
                return SimResults.NoContent();
            }));

        app.MapPost(Network + "/handsets", (HttpContext context, string locationId, string dectNetworkId) =>
            WithBodyAsync(context, state, body => InNetworkLocked(context, state, locationId, dectNetworkId,
                network => AddHandset(context, state, network, body))));
        app.MapPost(Network + "/handsets/bulk", (HttpContext context, string locationId, string dectNetworkId) =>
            WithBodyAsync(context, state, body => InNetworkLocked(context, state, locationId, dectNetworkId,
                network => AddHandsets(context, state, network, body))));
        app.MapGet(Network + "/handsets", (HttpContext context, string locationId, string dectNetworkId) =>
            InNetwork(context, state, locationId, dectNetworkId, network => ListHandsets(context, state, network)));
        // the reference writes this path with a trailing slash; routing serves both forms
        app.MapDelete(Network + "/handsets", (HttpContext context, string locationId, string dectNetworkId) =>
            WithBodyAsync(context, state, body => InNetworkLocked(context, state, locationId, dectNetworkId,
                network => DeleteHandsets(context, network, body))));
        app.MapGet(Network + "/handsets/{handsetId}", (HttpContext context, string locationId, string dectNetworkId, string handsetId) =>
            InNetwork(context, state, locationId, dectNetworkId, network =>
                FindHandset(context, network, handsetId, out var error) is { } handset
                    ? SimResults.Json(HandsetJson(state, network, handset, details: true)) : error!));
        app.MapPut(Network + "/handsets/{handsetId}", (HttpContext context, string locationId, string dectNetworkId, string handsetId) =>
            WithBodyAsync(context, state, body => InNetworkLocked(context, state, locationId, dectNetworkId,
                network => FindHandset(context, network, handsetId, out var error) is { } handset
                    ? UpdateHandset(context, state, network, handset, body) : error!)));
        app.MapDelete(Network + "/handsets/{handsetId}", (HttpContext context, string locationId, string dectNetworkId, string handsetId) =>
            InNetwork(context, state, locationId, dectNetworkId, network =>
            {
                if (FindHandset(context, network, handsetId, out var error) is not { } handset) return error!;
                network.Handsets.Remove(handset);
                return SimResults.NoContent();
            }));

        app.MapGet(Network + "/serviceabilityPassword", (HttpContext context, string locationId, string dectNetworkId) =>
            InNetwork(context, state, locationId, dectNetworkId, network =>
                SimResults.Json(new JsonObject { ["enabled"] = network.ServiceabilityPasswordEnabled })));
        app.MapPut(Network + "/serviceabilityPassword", (HttpContext context, string locationId, string dectNetworkId) =>
            WithBodyAsync(context, state, body => InNetworkLocked(context, state, locationId, dectNetworkId, network =>
            {
                if (JsonBody.Bool(body, "enabled") is not { } enabled)
                    return SimResults.BadRequest(context, "Missing or invalid required field: enabled (true or false).");
                network.ServiceabilityPasswordEnabled = enabled;
                return SimResults.NoContent();
            })));
        app.MapPost(Network + "/serviceabilityPassword/actions/generate/invoke", (HttpContext context, string locationId, string dectNetworkId) =>
            InNetwork(context, state, locationId, dectNetworkId, network =>
            {
                network.ServiceabilityPassword = Password(state);
                network.ServiceabilityPasswordEnabled = true;
                return SimResults.Json(new JsonObject { ["password"] = network.ServiceabilityPassword }, StatusCodes.Status201Created);
            }));
    }

    /// <summary>
    /// Per demo location n: a DBS-210 network "&lt;location&gt; DECT" (default access code <c>n551</c>) with one base
    /// station, and two handsets: "&lt;location&gt; 1" with the location's sixth person on line 1, and
    /// "&lt;location&gt; 2" with the location's lobby workspace on line 1 and its virtual line "Front Desk &lt;location&gt;"
    /// on line 2. Seeded after the workspaces and virtual lines; draws MAC addresses and chain ids from the seeded source.
    /// </summary>
    public static void SeedDemoOrg(SimulatorState state, DemoOrgContext demo)
    {
        lock (state.Sync)
        {
            var store = state.Area<DectStore>();
            var owners = state.Area<OwnerEntities>();
            for (int l = 0; l < demo.Locations.Count; l++)
            {
                var location = demo.Locations[l];
                var network = new DectNetworkRecord(state.NewGuid(), location)
                {
                    Name = location.Name + " DECT",
                    Model = DectModels.Dbs210,
                    ChainId = state.Random.Next(100_000_000, 999_999_999),
                    DefaultAccessCodeEnabled = true,
                    DefaultAccessCode = string.Create(CultureInfo.InvariantCulture, $"{l + 1}551"),
                };
                network.BaseStations.Add(new DectBaseStationRecord(state.NewGuid(), Mac(state)));
                var person = demo.People.Where(p => p.Location == location).Skip(5).FirstOrDefault();
                if (person is not null)
                    network.Handsets.Add(NewHandset(state, network, location.Name + " 1", person.Id, null));
                var lobby = owners.Workspaces.Values.FirstOrDefault(w => w.Location == location && w.WebexCalling);
                var line = owners.VirtualLines.Values.FirstOrDefault(v => v.Location == location);
                if (lobby is not null)
                    network.Handsets.Add(NewHandset(state, network, location.Name + " 2", lobby.Id, line?.Id));
                store.Networks.Add(network.Uuid, network);
            }
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

    /// <summary>Runs <paramref name="op"/> on the network of the path under the lock (400/404 for bad ids).</summary>
    private static IResult InNetwork(HttpContext context, SimulatorState state, string locationId, string networkId,
        Func<DectNetworkRecord, IResult> op) =>
        Locked(context, state, () => InNetworkLocked(context, state, locationId, networkId, op));

    private static IResult InNetworkLocked(HttpContext context, SimulatorState state, string locationId, string networkId,
        Func<DectNetworkRecord, IResult> op)
    {
        if (LocationsEndpoints.Resolve(context, state, locationId, out var error) is not { } location) return error!;
        if (!WebexIds.TryDecode(networkId, DectNetworkRecord.Kind, out _))
            return SimResults.BadRequest(context, $"Invalid DECT network id: '{networkId}'.");
        var network = state.Area<DectStore>().Find(state, networkId);
        return network is null || network.Location != location
            ? SimResults.NotFound(context, "DECT network not found.")
            : op(network);
    }

    private static bool ResolveOwner(HttpContext context, SimulatorState state, string id, string kind, out IResult? error)
    {
        // the DECT networks of any workspace, with Webex Calling or not
        error = SettingsOwners.Check(context, state, kind == WebexIds.Workspace ? "Workspace" : "VirtualLine", id, anyWorkspace: true);
        return error is null;
    }

    private static DectBaseStationRecord? FindBaseStation(HttpContext context, DectNetworkRecord network, string id, out IResult? error)
    {
        error = null;
        if (WebexIds.TryDecode(id, DectBaseStationRecord.Kind, out var uuid) && network.BaseStations.FirstOrDefault(b => b.Uuid == uuid) is { } station)
            return station;
        error = SimResults.NotFound(context, "Base station not found.");
        return null;
    }

    private static DectHandsetRecord? FindHandset(HttpContext context, DectNetworkRecord network, string id, out IResult? error)
    {
        error = null;
        if (WebexIds.TryDecode(id, DectHandsetRecord.Kind, out var uuid) && network.Handsets.FirstOrDefault(h => h.Uuid == uuid) is { } handset)
            return handset;
        error = SimResults.NotFound(context, "Handset not found.");
        return null;
    }

    private static string Mac(SimulatorState state)
    {
        Span<byte> bytes = stackalloc byte[6];
        state.Random.NextBytes(bytes);
        return Convert.ToHexString(bytes);
    }

    private static string Password(SimulatorState state)
    {
        const string chars = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789?@$!%)(";
        return string.Create(16, state, (span, s) =>
        {
            for (int i = 0; i < span.Length; i++) span[i] = chars[s.Random.Next(chars.Length)];
        });
    }

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex AccessCode();

    [GeneratedRegex("^[0-9A-Fa-f]{12}$")]
    private static partial Regex MacAddress();

    // ---- networks

    private static JsonObject SupportedDevices() => new()
    {
        // the reference's static list (its example answer)
        ["devices"] = new JsonArray(
            new JsonObject
            {
                ["model"] = DectModels.Dbs110, ["displayName"] = "Cisco DECT 110 Base", ["numberOfBaseStations"] = 2,
                ["numberOfLinePorts"] = 20, ["numberOfRegistrationsSupported"] = 10,
            },
            new JsonObject
            {
                ["model"] = DectModels.Dbs210, ["displayName"] = "Cisco DECT 210 Base", ["numberOfBaseStations"] = 250,
                ["numberOfLinePorts"] = 1000, ["numberOfRegistrationsSupported"] = 30,
            }),
    };

    private static JsonObject ToJson(DectNetworkRecord network)
    {
        var json = new JsonObject { ["id"] = network.Id, ["name"] = network.Name };
        JsonBody.Put(json, "displayName", network.DisplayName);
        json["chainId"] = network.ChainId;
        json["model"] = network.Model;
        json["defaultAccessCodeEnabled"] = network.DefaultAccessCodeEnabled;
        JsonBody.Put(json, "defaultAccessCode", network.DefaultAccessCodeEnabled ? network.DefaultAccessCode : null);
        json["numberOfBaseStations"] = network.BaseStations.Count;
        json["numberOfHandsetsAssigned"] = network.Handsets.Count;
        json["numberOfLines"] = network.Handsets.Sum(h => h.MemberIds.Count());
        json["location"] = new JsonObject { ["id"] = network.Location.Id, ["name"] = network.Location.Name };
        return json;
    }

    private static IResult List(HttpContext context, SimulatorState state)
    {
        var query = context.Request.Query;
        IEnumerable<DectNetworkRecord> found = state.Area<DectStore>().Live(state);
        if (query["name"].ToString() is { Length: > 0 } name)
            found = found.Where(n => string.Equals(n.Name, name, StringComparison.OrdinalIgnoreCase));
        if (query["locationId"].ToString() is { Length: > 0 } locationId) found = found.Where(n => n.Location.Id == locationId);
        return SimResults.Json(new JsonObject { ["dectNetworks"] = new JsonArray([.. found.Select(n => (JsonNode)ToJson(n))]) });
    }

    private static IResult Create(HttpContext context, SimulatorState state, string locationId, JsonObject body)
    {
        if (LocationsEndpoints.Resolve(context, state, locationId, out var error) is not { } location) return error!;
        string? model = DectModels.Canonical(JsonBody.String(body, "model"));
        if (model is null)
            return SimResults.BadRequest(context, "Invalid or missing model: DMS Cisco DBS110, Cisco DECT 110 Base, DMS Cisco DBS210 or Cisco DECT 210 Base.");
        var network = new DectNetworkRecord(state.NewGuid(), location) { Model = model, ChainId = state.Random.Next(100_000_000, 999_999_999) };
        if (Apply(context, state, network, body, create: true) is { } invalid) return invalid;
        state.Area<DectStore>().Networks.Add(network.Uuid, network);
        return SimResults.Json(new JsonObject { ["dectNetworkId"] = network.Id }, StatusCodes.Status201Created);
    }

    private static IResult Update(HttpContext context, SimulatorState state, DectNetworkRecord network, JsonObject body) =>
        Apply(context, state, network, body, create: false) ?? SimResults.NoContent();

    /// <summary>Checks a create's or update's fields against the reference's rules and sets them; the error or null.</summary>
    private static IResult? Apply(HttpContext context, SimulatorState state, DectNetworkRecord network, JsonObject body, bool create)
    {
        string? name = JsonBody.String(body, "name");
        if (string.IsNullOrWhiteSpace(name) || name.Length > 40)
            return SimResults.BadRequest(context, "Missing or invalid required field: name (1 to 40 characters).");
        string? displayName = JsonBody.String(body, "displayName");
        if (displayName is { Length: > 11 }) return SimResults.BadRequest(context, "displayName may have at most 11 characters.");
        if (JsonBody.Bool(body, "defaultAccessCodeEnabled") is not { } codeEnabled)
            return SimResults.BadRequest(context, "Missing or invalid required field: defaultAccessCodeEnabled (true or false).");
        string? code = JsonBody.String(body, "defaultAccessCode");
        if (codeEnabled && (code is null || !AccessCode().IsMatch(code)))
            return SimResults.BadRequest(context, "defaultAccessCode must be 4 digits when defaultAccessCodeEnabled is true.");
        var others = state.Area<DectStore>().Live(state).Where(n => n.Location == network.Location && n != network).ToList();
        if (others.Any(n => string.Equals(n.Name, name, StringComparison.OrdinalIgnoreCase)))
            return SimResults.Conflict(context, $"A DECT network named '{name}' exists in this location.");
        if (codeEnabled && others.Any(n => n.DefaultAccessCodeEnabled && n.DefaultAccessCode == code))
            return SimResults.Conflict(context, $"The access code {code} is used by another DECT network of this location.");
        network.Name = name;
        if (create || body.ContainsKey("displayName")) network.DisplayName = string.IsNullOrEmpty(displayName) ? null : displayName;
        network.DefaultAccessCodeEnabled = codeEnabled;
        if (codeEnabled) network.DefaultAccessCode = code;
        return null;
    }

    // ---- base stations

    private static List<DectHandsetRecord> RegisteredWith(DectNetworkRecord network, DectBaseStationRecord station) =>
        network.BaseStations.Count > 0 && network.BaseStations[0] == station ? network.Handsets : [];

    private static IResult AddBaseStations(HttpContext context, SimulatorState state, DectNetworkRecord network, JsonObject body)
    {
        if (JsonBody.Strings(body, "baseStationMacs") is not { Count: > 0 } macs)
            return SimResults.BadRequest(context, "Missing required field: baseStationMacs (at least one MAC address).");
        var inUse = state.Area<DectStore>().Live(state).SelectMany(n => n.BaseStations).Select(b => b.Mac).ToHashSet(StringComparer.Ordinal);
        int max = DectModels.MaxBaseStations(network.Model);
        var results = new JsonArray();
        foreach (string mac in macs)
        {
            string normal = mac.Replace(":", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToUpperInvariant();
            var result = new JsonObject();
            if (!MacAddress().IsMatch(normal)) result["status"] = 400;
            else if (!inUse.Add(normal)) result["status"] = 409;
            else if (network.BaseStations.Count >= max) result["status"] = 400;
            else
            {
                var station = new DectBaseStationRecord(state.NewGuid(), normal);
                network.BaseStations.Add(station);
                result["status"] = 201;
                result["id"] = station.Id;
            }
            results.Add(new JsonObject { ["mac"] = mac, ["result"] = result });
        }
        return SimResults.Json(new JsonObject { ["baseStations"] = results }, StatusCodes.Status201Created);
    }

    private static JsonObject BaseStationDetails(SimulatorState state, DectNetworkRecord network, DectBaseStationRecord station) => new()
    {
        ["id"] = station.Id,
        ["mac"] = station.Mac,
        ["handsets"] = new JsonArray([.. RegisteredWith(network, station).Select(h => (JsonNode)new JsonObject
        {
            ["id"] = h.Id,
            ["displayName"] = h.CustomDisplayName,
            ["accessCode"] = AccessCodeOf(network, h),
            ["lines"] = Lines(state, h, withRouting: false),
        })]),
    };

    // ---- handsets

    private static DectHandsetRecord NewHandset(SimulatorState state, DectNetworkRecord network, string name, string line1, string? line2)
    {
        var handset = new DectHandsetRecord(state.NewGuid(), network.NextHandsetIndex++)
        {
            CustomDisplayName = name,
            Line1MemberId = line1,
            Line2MemberId = line2,
            AccessCode = state.Random.Next(1000, 10000).ToString(CultureInfo.InvariantCulture),
            Mac = Mac(state),
        };
        return handset;
    }

    private static string AccessCodeOf(DectNetworkRecord network, DectHandsetRecord handset) =>
        network.DefaultAccessCodeEnabled && network.DefaultAccessCode is { } code ? code : handset.AccessCode;

    /// <summary>
    /// The error of a handset's fields (null: valid): the custom name, line 1 a person or workspace and line 2 a person,
    /// workspace or virtual line, each with Webex Calling in the network's location, and room for the lines.
    /// </summary>
    private static (int Status, string Message)? CheckHandset(SimulatorState state, DectNetworkRecord network, JsonObject body,
        DectHandsetRecord? replacing, out string line1, out string? line2, out string name)
    {
        line1 = JsonBody.String(body, "line1MemberId") ?? "";
        line2 = JsonBody.String(body, "line2MemberId") is { Length: > 0 } second ? second : null;
        name = JsonBody.String(body, "customDisplayName") ?? "";
        if (line1.Length == 0) return (400, "Missing required field: line1MemberId.");
        if (name.Length is 0 or > 16) return (400, "Missing or invalid required field: customDisplayName (1 to 16 characters).");
        if (Member(state, line1) is not { } first || first.Type == "VIRTUAL_LINE")
            return (400, $"[Error 4516] Cannot assign user to device: {line1} with line/Port: 1");
        if (first.Location != network.Location)
            return (400, $"[Error 4516] Cannot assign user to device: {first.Name} with line/Port: 1");
        if (line2 is not null)
        {
            if (Member(state, line2) is not { } other)
                return (400, $"[Error 4516] Cannot assign user to device: {line2} with line/Port: 2");
            if (other.Location != network.Location)
                return (400, $"[Error 4516] Cannot assign user to device: {other.Name} with line/Port: 2");
        }
        int lines = network.Handsets.Where(h => h != replacing).Sum(h => h.MemberIds.Count()) + (line2 is null ? 1 : 2);
        if (lines > DectModels.MaxLines(network.Model))
            return (400, $"A {network.Model} network takes at most {DectModels.MaxLines(network.Model)} lines.");
        return null;
    }

    private static IResult AddHandset(HttpContext context, SimulatorState state, DectNetworkRecord network, JsonObject body)
    {
        if (CheckHandset(state, network, body, null, out string line1, out string? line2, out string name) is { } error)
            return SimResults.Error(context, error.Status, error.Message);
        network.Handsets.Add(NewHandset(state, network, name, line1, line2));
        return Results.StatusCode(StatusCodes.Status201Created);
    }

    private static IResult AddHandsets(HttpContext context, SimulatorState state, DectNetworkRecord network, JsonObject body)
    {
        if (body["items"] is not JsonArray { Count: > 0 and <= MaxBulkHandsets } items)
            return SimResults.BadRequest(context, $"items must list 1 to {MaxBulkHandsets} handsets.");
        var results = new JsonArray();
        bool failed = false;
        foreach (var item in items)
        {
            var result = new JsonObject();
            var fields = item as JsonObject ?? [];
            if (CheckHandset(state, network, fields, null, out string line1, out string? line2, out string name) is { } error)
            {
                failed = true;
                result["status"] = error.Status;
                result["error"] = new JsonObject { ["message"] = error.Message, ["errorCode"] = error.Message.StartsWith("[Error 4516]", StringComparison.Ordinal) ? 4516 : 4000 };
            }
            else
            {
                network.Handsets.Add(NewHandset(state, network, name, line1, line2));
                result["status"] = 200;
            }
            results.Add(new JsonObject { ["customDisplayName"] = JsonBody.String(fields, "customDisplayName"), ["result"] = result });
        }
        return SimResults.Json(new JsonObject { ["items"] = results },
            failed ? StatusCodes.Status206PartialContent : StatusCodes.Status201Created);
    }

    private static IResult UpdateHandset(HttpContext context, SimulatorState state, DectNetworkRecord network, DectHandsetRecord handset,
        JsonObject body)
    {
        if (CheckHandset(state, network, body, handset, out string line1, out string? line2, out string name) is { } error)
            return SimResults.Error(context, error.Status, error.Message);
        handset.Line1MemberId = line1;
        handset.Line2MemberId = line2; // the PUT sets both lines: a missing or null line 2 clears it
        handset.CustomDisplayName = name;
        return SimResults.NoContent();
    }

    private static IResult DeleteHandsets(HttpContext context, DectNetworkRecord network, JsonObject body)
    {
        if (JsonBody.Bool(body, "deleteAll") == true)
        {
            network.Handsets.Clear();
            return SimResults.NoContent();
        }
        if (JsonBody.Strings(body, "handsetIds") is not { Count: > 0 } ids)
            return SimResults.BadRequest(context, "Missing required field: handsetIds (or deleteAll: true).");
        var found = new List<DectHandsetRecord>();
        foreach (string id in ids)
        {
            if (FindHandset(context, network, id, out var error) is not { } handset) return error!;
            found.Add(handset);
        }
        foreach (var handset in found) network.Handsets.Remove(handset);
        return SimResults.NoContent();
    }

    private static IResult ListHandsets(HttpContext context, SimulatorState state, DectNetworkRecord network)
    {
        IEnumerable<DectHandsetRecord> found = network.Handsets;
        if (context.Request.Query["basestationId"].ToString() is { Length: > 0 } stationId)
            found = network.BaseStations.FirstOrDefault(b => b.Id == stationId) is { } station ? RegisteredWith(network, station) : [];
        if (context.Request.Query["memberId"].ToString() is { Length: > 0 } memberId)
            found = found.Where(h => h.MemberIds.Contains(memberId));
        var list = found.ToList();
        return SimResults.Json(new JsonObject
        {
            ["numberOfHandsetsAssigned"] = list.Count,
            ["numberOfLinesAssigned"] = list.Sum(h => h.MemberIds.Count()),
            ["handsets"] = new JsonArray([.. list.Select(h => (JsonNode)HandsetJson(state, network, h, details: false))]),
        });
    }

    private static JsonObject HandsetJson(SimulatorState state, DectNetworkRecord network, DectHandsetRecord handset, bool details)
    {
        var json = new JsonObject
        {
            ["id"] = handset.Id,
            ["index"] = handset.Index.ToString(CultureInfo.InvariantCulture),
            ["defaultDisplayName"] = network.DisplayName ?? $"{handset.Index} {network.Name}",
            ["customDisplayName"] = handset.CustomDisplayName,
        };
        if (details && network.BaseStations.Count > 0)
        {
            json["baseStationId"] = network.BaseStations[0].Id;
            json["mac"] = handset.Mac;
        }
        json["accessCode"] = AccessCodeOf(network, handset);
        if (!details) json["primaryEnabled"] = true;
        json["lines"] = Lines(state, handset, withRouting: !details);
        return json;
    }

    // ---- members

    /// <summary>A person, workspace or virtual line that can be on a handset line: its answer fields and location.</summary>
    internal sealed record LineMember(string Id, string Type, string Name, string? FirstName, string? LastName, string? Number,
        string? Extension, LocationRecord Location);

    /// <summary>The member with this id when it has Webex Calling (a calling user, a Webex Calling workspace, a virtual line).</summary>
    internal static LineMember? Member(SimulatorState state, string id)
    {
        var owners = state.Area<OwnerEntities>();
        if (WebexIds.TryDecode(id, WebexIds.People, out var uuid))
            return state.People.TryGetValue(uuid, out var p) && p.Location is { } pl
                ? new LineMember(p.Id, "PEOPLE", p.DisplayName ?? $"{p.FirstName} {p.LastName}", p.FirstName, p.LastName,
                    p.PhoneNumbers.FirstOrDefault(n => n.Primary)?.Value ?? p.PhoneNumbers.FirstOrDefault()?.Value, p.Extension, pl)
                : null;
        if (owners.FindWorkspace(id) is { WebexCalling: true, Location: { } wl } w)
            return new LineMember(w.Id, "PLACE", w.DisplayName, w.DisplayName, null, w.PhoneNumber, w.Extension, wl);
        if (owners.FindVirtualLine(id) is { } v)
            return new LineMember(v.Id, "VIRTUAL_LINE", v.DisplayName ?? $"{v.FirstName} {v.LastName}", v.FirstName, v.LastName,
                v.PhoneNumber, v.Extension, v.Location);
        return null;
    }

    private static JsonArray Lines(SimulatorState state, DectHandsetRecord handset, bool withRouting)
    {
        var lines = new JsonArray();
        foreach (string id in handset.MemberIds)
        {
            // a member deleted since is no longer on the handset
            if (Member(state, id) is not { } member) continue;
            var line = new JsonObject { ["memberId"] = member.Id };
            JsonBody.Put(line, "firstName", member.FirstName);
            JsonBody.Put(line, "lastName", member.LastName);
            JsonBody.Put(line, "external", member.Number);
            JsonBody.Put(line, "extension", member.Extension);
            if (withRouting && member.Extension is not null)
            {
                string prefix = VirtualExtensionsEndpoints.RoutingPrefix(state, member.Location);
                line["routingPrefix"] = prefix;
                line["esn"] = prefix + member.Extension;
            }
            line["location"] = new JsonObject { ["id"] = member.Location.Id, ["name"] = member.Location.Name };
            line["memberType"] = member.Type;
            lines.Add(line);
        }
        return lines;
    }

    private static IResult Associated(SimulatorState state, string memberId, bool withLocation)
    {
        var networks = new JsonArray();
        foreach (var network in state.Area<DectStore>().Live(state))
        {
            var handsets = network.Handsets.Where(h => h.MemberIds.Contains(memberId)).ToList();
            if (handsets.Count == 0) continue;
            var json = new JsonObject { ["id"] = network.Id, ["name"] = network.Name };
            if (withLocation) json["primaryEnabled"] = handsets.Any(h => h.Line1MemberId == memberId);
            json["numberOfHandsetsAssigned"] = handsets.Count;
            if (withLocation) json["location"] = new JsonObject { ["id"] = network.Location.Id, ["name"] = network.Location.Name };
            networks.Add(json);
        }
        return SimResults.Json(new JsonObject { ["dectNetworks"] = networks });
    }

    private static IResult AvailableMembers(HttpContext context, SimulatorState state)
    {
        if (Candidates(context, state, out string? usage, out var error) is not { } list) return error!;
        return Paging.Page(context, state, list, m => AvailableMemberJson(m, usage), itemsKey: "members");
    }

    /// <summary>An available member as the available members lists answer it.</summary>
    internal static JsonObject AvailableMemberJson(LineMember m, string? usage)
    {
        var json = new JsonObject { ["id"] = m.Id };
        JsonBody.Put(json, "firstName", m.FirstName);
        JsonBody.Put(json, "lastName", m.LastName);
        JsonBody.Put(json, "phoneNumber", m.Number);
        JsonBody.Put(json, "extension", m.Extension);
        json["lineType"] = usage == "SHARED_LINE" || (usage is null && m.Type == "VIRTUAL_LINE") ? "SHARED_CALL_APPEARANCE" : "PRIMARY";
        json["memberType"] = m.Type;
        json["location"] = new JsonObject { ["id"] = m.Location.Id, ["name"] = m.Location.Name };
        return json;
    }

    /// <summary>
    /// The people, workspaces and virtual lines with Webex Calling that the query's filters (usageType, order,
    /// excludeVirtualLine, locationId, memberName, phoneNumber, extension) leave, in order; null with the error answer
    /// when a parameter is invalid. The DECT handsets' and the Webex Calling devices' available members share it.
    /// </summary>
    internal static List<LineMember>? Candidates(HttpContext context, SimulatorState state, out string? usage, out IResult? error)
    {
        var query = context.Request.Query;
        usage = query["usageType"];
        error = null;
        if (usage is not (null or "DEVICE_OWNER" or "SHARED_LINE"))
        {
            error = SimResults.BadRequest(context, $"Invalid value for parameter 'usageType': '{usage}'; DEVICE_OWNER or SHARED_LINE.");
            return null;
        }
        string order = query["order"].ToString() is { Length: > 0 } o ? o : "lname";
        if (order is not ("lname" or "fname"))
        {
            error = SimResults.BadRequest(context, $"Invalid value for parameter 'order': '{order}'; lname or fname.");
            return null;
        }
        var owners = state.Area<OwnerEntities>();
        IEnumerable<LineMember> all = state.People.Values.Select(p => Member(state, p.Id))
            .Concat(owners.Workspaces.Values.Select(w => Member(state, w.Id)))
            .Concat(owners.VirtualLines.Values.Select(v => Member(state, v.Id)))
            .OfType<LineMember>();
        // a virtual line cannot be a device's owner (a handset's first line)
        if (JsonBody.QueryFlag(context, "excludeVirtualLine") || usage == "DEVICE_OWNER") all = all.Where(m => m.Type != "VIRTUAL_LINE");
        if (query["locationId"].ToString() is { Length: > 0 } locationId) all = all.Where(m => m.Location.Id == locationId);
        if (query["memberName"].ToString() is { Length: > 0 } name)
            all = all.Where(m => m.Name.Contains(name, StringComparison.OrdinalIgnoreCase)
                || (m.FirstName?.Contains(name, StringComparison.OrdinalIgnoreCase) ?? false)
                || (m.LastName?.Contains(name, StringComparison.OrdinalIgnoreCase) ?? false));
        if (query["phoneNumber"].ToString() is { Length: > 0 } number) all = all.Where(m => m.Number?.Contains(number, StringComparison.Ordinal) ?? false);
        if (query["extension"].ToString() is { Length: > 0 } extension) all = all.Where(m => m.Extension?.Contains(extension, StringComparison.Ordinal) ?? false);
        return [.. (order == "fname"
                ? all.OrderBy(m => m.FirstName ?? m.Name, StringComparer.OrdinalIgnoreCase).ThenBy(m => m.LastName, StringComparer.OrdinalIgnoreCase)
                : all.OrderBy(m => m.LastName ?? m.Name, StringComparer.OrdinalIgnoreCase).ThenBy(m => m.FirstName, StringComparer.OrdinalIgnoreCase))
            .ThenBy(m => m.Id, StringComparer.Ordinal)];
    }
}
