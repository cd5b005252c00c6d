using WebexCalling.Sdk.Testing.Infrastructure;

namespace WebexCalling.Sdk.Testing.State;

/// <summary>
/// A DECT network of a location: its base stations and handsets. The model is kept as its model name
/// (<c>DMS Cisco DBS210</c>), whichever of the model or product names the create used.
/// </summary>
internal sealed class DectNetworkRecord(Guid uuid, LocationRecord location)
{
    public const string Kind = "DECT_DEV_NET";

    public Guid Uuid { get; } = uuid;

    public string Id { get; } = WebexIds.Encode(Kind, uuid);

    public LocationRecord Location { get; } = location;

    public string Name { get; set; } = "";

    public string? DisplayName { get; set; }

    public string Model { get; set; } = DectModels.Dbs210;

    public long ChainId { get; set; }

    public bool DefaultAccessCodeEnabled { get; set; }

    public string? DefaultAccessCode { get; set; }

    /// <summary>Whether the serviceability password is enabled (true also before one was generated).</summary>
    public bool ServiceabilityPasswordEnabled { get; set; }

    /// <summary>The last generated serviceability password; never answered except by the generate call.</summary>
    public string? ServiceabilityPassword { get; set; }

    public List<DectBaseStationRecord> BaseStations { get; } = [];

    public List<DectHandsetRecord> Handsets { get; } = [];

    /// <summary>The index the next handset gets (indexes are not reused).</summary>
    public int NextHandsetIndex { get; set; } = 1;
}

/// <summary>A base station of a DECT network, by its MAC address (12 upper-case hexadecimal digits).</summary>
internal sealed class DectBaseStationRecord(Guid uuid, string mac)
{
    public const string Kind = "DECT_DEV_STATION";

    public Guid Uuid { get; } = uuid;

    public string Id { get; } = WebexIds.Encode(Kind, uuid);

    public string Mac { get; } = mac;
}

/// <summary>
/// A handset of a DECT network with up to two lines (the ids of a person, workspace or virtual line; the line is
/// answered from the member as it is now). It counts as registered with the network's first base station.
/// </summary>
internal sealed class DectHandsetRecord(Guid uuid, int index)
{
    public const string Kind = "DECT_DEV_HANDSET";

    public Guid Uuid { get; } = uuid;

    public string Id { get; } = WebexIds.Encode(Kind, uuid);

    public int Index { get; } = index;

    public string CustomDisplayName { get; set; } = "";

    /// <summary>The handset's own access code (used when the network has no default access code).</summary>
    public string AccessCode { get; set; } = "";

    public string Mac { get; set; } = "";

    public string Line1MemberId { get; set; } = "";

    public string? Line2MemberId { get; set; }

    public IEnumerable<string> MemberIds => Line2MemberId is null ? [Line1MemberId] : [Line1MemberId, Line2MemberId];
}

/// <summary>The two base station models and what a network of each takes (the 2026 reference's descriptions).</summary>
internal static class DectModels
{
    public const string Dbs110 = "DMS Cisco DBS110";
    public const string Dbs210 = "DMS Cisco DBS210";

    /// <summary>The model name of a create's model or product name, or null when it is neither.</summary>
    public static string? Canonical(string? model) => model switch
    {
        Dbs110 or "Cisco DECT 110 Base" => Dbs110,
        Dbs210 or "Cisco DECT 210 Base" => Dbs210,
        _ => null,
    };

    /// <summary>Base stations a network of the model takes: one single-cell DBS-110, up to 254 DBS-210s.</summary>
    public static int MaxBaseStations(string model) => model == Dbs110 ? 1 : 254;

    /// <summary>Lines (across all handsets) a network of the model takes: 30 for a DBS-110, 1000 for a DBS-210.</summary>
    public static int MaxLines(string model) => model == Dbs110 ? 30 : 1000;
}

/// <summary>The DECT networks of the simulated organisation. Call under the state lock.</summary>
internal sealed class DectStore
{
    public OrderedDictionary<Guid, DectNetworkRecord> Networks { get; } = [];

    /// <summary>The networks whose location still exists (a deleted location takes its networks along).</summary>
    public IEnumerable<DectNetworkRecord> Live(SimulatorState state) =>
        Networks.Values.Where(n => state.Locations.ContainsKey(n.Location.Uuid));

    public DectNetworkRecord? Find(SimulatorState state, string? id) =>
        WebexIds.TryDecode(id, DectNetworkRecord.Kind, out var uuid) && Networks.TryGetValue(uuid, out var network)
        && state.Locations.ContainsKey(network.Location.Uuid) ? network : null;
}
