using System.Globalization;
using System.Text.Json.Nodes;
using WebexCalling.Sdk.Testing.Infrastructure;

namespace WebexCalling.Sdk.Testing.State;

/// <summary>
/// A workspace of the simulated organisation: a room or a common-area phone. The typed fields are what other areas
/// (numbers, devices, settings) rely on; <see cref="Body"/> keeps the rest of its document as last written.
/// </summary>
internal sealed class WorkspaceRecord(Guid uuid, DateTimeOffset created)
{
    public Guid Uuid { get; } = uuid;

    public string Id { get; } = WebexIds.Encode(WebexIds.Workspace, uuid);

    public DateTimeOffset Created { get; } = created;

    public string DisplayName { get; set; } = "";

    /// <summary>The location the workspace is in (for Webex Calling workspaces, its calling location).</summary>
    public LocationRecord? Location { get; set; }

    /// <summary>The wire value of <c>calling.type</c>: <c>webexCalling</c>, <c>freeCalling</c>, <c>none</c>, ...</summary>
    public string Calling { get; set; } = "freeCalling";

    /// <summary>True for a Webex Calling workspace (it has settings, numbers and telephony devices).</summary>
    public bool WebexCalling => Calling == "webexCalling";

    public string? Extension { get; set; }

    public string? PhoneNumber { get; set; }

    /// <summary>
    /// The workspace's alternate numbers (<c>PUT telephony/config/workspaces/{id}/numbers</c>), in the order added; the
    /// numbers list shows them owned by the workspace.
    /// </summary>
    public List<WorkspaceAlternateNumber> AlternateNumbers { get; } = [];

    /// <summary>The workspace's other fields (type, capacity, floor, notes, ...), as the workspaces area keeps them.</summary>
    public JsonObject Body { get; set; } = [];
}

/// <summary>An alternate number of a Webex Calling workspace.</summary>
internal sealed record WorkspaceAlternateNumber(string PhoneNumber, string? Extension, string? RingPattern);

/// <summary>A virtual line: a number and extension with settings but no user, shared on devices.</summary>
internal sealed class VirtualLineRecord(Guid uuid, LocationRecord location)
{
    public Guid Uuid { get; } = uuid;

    public string Id { get; } = WebexIds.Encode(WebexIds.VirtualLine, uuid);

    public LocationRecord Location { get; set; } = location;

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public string? DisplayName { get; set; }

    public string? Extension { get; set; }

    public string? PhoneNumber { get; set; }

    /// <summary>The virtual line's other fields (caller id, directory search, ...), as the virtual lines area keeps them.</summary>
    public JsonObject Body { get; set; } = [];
}

/// <summary>
/// The workspaces and virtual lines of the simulated organisation: the owners of settings besides people and
/// locations. The numbers list counts their numbers and extensions; settings routes check that the owner exists here.
/// Call under the state lock.
/// </summary>
internal sealed class OwnerEntities
{
    public OrderedDictionary<Guid, WorkspaceRecord> Workspaces { get; } = [];

    public OrderedDictionary<Guid, VirtualLineRecord> VirtualLines { get; } = [];

    public WorkspaceRecord? FindWorkspace(string? id) =>
        WebexIds.TryDecode(id, WebexIds.Workspace, out var uuid) && Workspaces.TryGetValue(uuid, out var w) ? w : null;

    public VirtualLineRecord? FindVirtualLine(string? id) =>
        WebexIds.TryDecode(id, WebexIds.VirtualLine, out var uuid) && VirtualLines.TryGetValue(uuid, out var v) ? v : null;

    /// <summary>
    /// Whether a settings owner of this kind exists: any workspace or virtual line; workspace settings exist only for
    /// Webex Calling workspaces, as Webex answers them.
    /// </summary>
    public bool Exists(string owner, string? id) => owner switch
    {
        "Workspace" => FindWorkspace(id) is { WebexCalling: true },
        "VirtualLine" => FindVirtualLine(id) is not null,
        _ => false,
    };

    /// <summary>
    /// Demo location n (1-based) gets a Webex Calling workspace "&lt;location&gt; Lobby" (extension n070, number
    /// n80 of the location's block), a workspace "&lt;location&gt; Board Room" without Webex Calling, and a virtual line
    /// "Front Desk &lt;location&gt;" (extension n071, number n81). Seeded last, so the ids of the areas before are unchanged.
    /// </summary>
    public static void SeedDemoOrg(SimulatorState state, DemoOrgContext demo)
    {
        var owners = state.Area<OwnerEntities>();
        var inventory = state.Area<NumberInventory>();
        for (int l = 0; l < demo.Locations.Count; l++)
        {
            var location = demo.Locations[l];
            string? block = location.MainNumber is { Length: > 4 } main ? main[..^4] : null;
            int n = (l + 1) * 100;
            string Number(int i) => block + (n + i).ToString("D4", CultureInfo.InvariantCulture);
            string Extension(int i) => ((l + 1) * 1000 + i).ToString(CultureInfo.InvariantCulture);

            var lobby = new WorkspaceRecord(state.NewGuid(), SimulatorState.SeedEpoch)
            {
                DisplayName = $"{location.Name} Lobby",
                Location = location,
                Calling = "webexCalling",
                Extension = Extension(70),
                PhoneNumber = block is null ? null : Number(80),
            };
            var boardRoom = new WorkspaceRecord(state.NewGuid(), SimulatorState.SeedEpoch)
            {
                DisplayName = $"{location.Name} Board Room",
                Location = location,
                Calling = "freeCalling",
            };
            var line = new VirtualLineRecord(state.NewGuid(), location)
            {
                FirstName = "Front Desk",
                LastName = location.Name,
                DisplayName = $"Front Desk {location.Name}",
                Extension = Extension(71),
                PhoneNumber = block is null ? null : Number(81),
            };
            owners.Workspaces.Add(lobby.Uuid, lobby);
            owners.Workspaces.Add(boardRoom.Uuid, boardRoom);
            owners.VirtualLines.Add(line.Uuid, line);
            if (block is null) continue;
            inventory.Add(new NumberRecord(Number(80), location));
            inventory.Add(new NumberRecord(Number(81), location));
        }
    }
}
