using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.Telephony.Devices;

// Most members are generated (TelephonyDevicesApi.g.cs); the members update is written here because it numbers the
// ports in list order, as wxc_sdk does, and sends each member's line settings only (not its names, numbers, location).
public partial class TelephonyDevicesApi
{
    private static readonly BodyRules UpdateMembersRules = new(
        omit: ["members[].firstName", "members[].lastName", "members[].phoneNumber", "members[].extension",
            "members[].routingPrefix", "members[].esn", "members[].hostIP", "members[].remoteIP", "members[].linePort",
            "members[].memberType", "members[].location", "members[].licenseType"],
        rename: []);

    /// <summary>
    /// Replaces the members of a device; a member left out is removed from it (except the owner). The members take the
    /// ports in list order, each as many as its line weight (as wxc_sdk numbers them); only the line settings of each are
    /// sent: id, port, line type and weight, label, hotline, call decline and T.38.
    /// </summary>
    /// <param name="deviceId">The device.</param>
    /// <param name="members">The members, e.g. as <see cref="MembersAsync"/> answered them with changes, and available members added (as a <see cref="DeviceMember"/> with the same id).</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="deviceId"/> is empty or not an id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task UpdateMembersAsync(string deviceId, IEnumerable<DeviceMember> members, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(members);
        string url = $"telephony/config/devices/{Id(deviceId)}/members";
        var numbered = new List<DeviceMember>();
        int port = 1;
        foreach (var member in members)
        {
            numbered.Add(member with { Port = port });
            port += member.LineWeight is int weight && weight > 0 ? weight : 1;
        }
        var list = JsonBody.Node<IReadOnlyList<DeviceMember>>(numbered, TelephonyDevicesJson.Default.IReadOnlyListDeviceMember);
        var body = RequestBody.Of(JsonBody.Of(("members", list)), TelephonyDevicesJson.Default.JsonObject, UpdateMembersRules);
        return Session.PutAsync(url, new Query { ["orgId"] = orgId }, body, TelephonyDevicesJson.Default.JsonNode, cancellationToken);
    }
}
