using System.Text.Json.Nodes;
using WebexCalling.Sdk.Testing.Infrastructure;

namespace WebexCalling.Sdk.Testing.State;

/// <summary>
/// A Webex device of a workspace or a person: a phone created by MAC address or a RoomOS device. Its owner is kept as
/// an id; a device whose owner no longer exists is gone (see <see cref="DeviceStore.Live"/>).
/// </summary>
internal sealed class DeviceRecord(Guid uuid, DateTimeOffset created)
{
    public const string Kind = "DEVICE";
    public const string CallingKind = "CALLING_DEVICE";

    public Guid Uuid { get; } = uuid;

    public string Id { get; } = WebexIds.Encode(Kind, uuid);

    /// <summary>The device's id for the Webex Calling device APIs.</summary>
    public string CallingId { get; } = WebexIds.Encode(CallingKind, uuid);

    public DateTimeOffset Created { get; } = created;

    public string DisplayName { get; set; } = "";

    /// <summary>The MAC address, 12 upper-case hexadecimal digits.</summary>
    public string Mac { get; set; } = "";

    /// <summary>The model as created (<c>DMS Cisco 8851</c>); the product is answered from it.</summary>
    public string Model { get; set; } = "";

    /// <summary><c>phone</c> or <c>roomdesk</c>.</summary>
    public string Type { get; set; } = "phone";

    public string? WorkspaceId { get; set; }

    public string? PersonId { get; set; }

    public LocationRecord? Location { get; set; }

    public List<string> Tags { get; } = [];

    public string Serial { get; set; } = "";

    public string Software { get; set; } = "";

    /// <summary>The xAPI status tree of a RoomOS device (<c>{"Audio": {"Volume": 50}}</c>); null for a phone.</summary>
    public JsonObject? XapiStatus { get; set; }

    /// <summary>Configured values of a RoomOS device by key (its defaults are <see cref="DeviceStore.Defaults"/>).</summary>
    public Dictionary<string, JsonNode?> Configured { get; } = [];

    /// <summary>
    /// The lines of a phone as the Webex Calling device members set them (port order); empty: the owner alone on port 1
    /// with the defaults. Members that no longer exist drop out when read.
    /// </summary>
    public List<DeviceLine> Lines { get; } = [];

    /// <summary>Hoteling on the device as a workspace's devices set it (<c>enabled</c>, <c>limitGuestUse</c>, <c>guestHoursLimit</c>).</summary>
    public JsonObject Hoteling { get; set; } = new() { ["enabled"] = false, ["limitGuestUse"] = false, ["guestHoursLimit"] = 0 };

    /// <summary>The SIP password a third-party device update set; never answered.</summary>
    public string? SipPassword { get; set; }
}

/// <summary>A member on a line of a device with its line settings (the fields of a device members update).</summary>
internal sealed record DeviceLine(string MemberId, int Port, bool PrimaryOwner, string LineType, int LineWeight, string? LineLabel,
    bool HotlineEnabled, string? HotlineDestination, bool AllowCallDeclineEnabled, bool T38FaxCompressionEnabled);

/// <summary>The devices of the simulated organisation. Call under the state lock.</summary>
internal sealed class DeviceStore
{
    public OrderedDictionary<Guid, DeviceRecord> Devices { get; } = [];

    /// <summary>The device settings jobs, oldest first, as their answers (they complete when started).</summary>
    public OrderedDictionary<Guid, JsonObject> SettingsJobs { get; } = [];

    /// <summary>The configuration keys every RoomOS device has: default value and the JSON schema of its values.</summary>
    public static readonly IReadOnlyDictionary<string, (JsonNode Default, JsonObject ValueSpace)> Defaults =
        new Dictionary<string, (JsonNode, JsonObject)>
        {
            ["Audio.Ultrasound.MaxVolume"] = (70, new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["maximum"] = 100 }),
            ["Conference.MaxReceiveCallRate"] = (6000, new JsonObject { ["type"] = "integer", ["minimum"] = 64, ["maximum"] = 6000 }),
            ["FacilityService.Service[1].Name"] = ("Live Support", new JsonObject { ["type"] = "string", ["minLength"] = 0, ["maxLength"] = 1024 }),
        };

    /// <summary>
    /// The devices whose owner still exists: deleting a person or a workspace takes its devices along, and a workspace
    /// keeps its phones only while it has Webex Calling (phones register with Webex Calling).
    /// </summary>
    public IEnumerable<DeviceRecord> Live(SimulatorState state) => Devices.Values.Where(d => IsLive(state, d));

    public DeviceRecord? Find(SimulatorState state, string? id) =>
        (WebexIds.TryDecode(id, DeviceRecord.Kind, out var uuid) || WebexIds.TryDecode(id, DeviceRecord.CallingKind, out uuid))
        && Devices.TryGetValue(uuid, out var device) && IsLive(state, device) ? device : null;

    private static bool IsLive(SimulatorState state, DeviceRecord device)
    {
        if (device.PersonId is { } personId)
            return WebexIds.TryDecode(personId, WebexIds.People, out var p) && state.People.ContainsKey(p);
        var workspace = state.Area<OwnerEntities>().FindWorkspace(device.WorkspaceId);
        return workspace is not null && (device.Type != "phone" || workspace.WebexCalling);
    }
}
