using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.Telephony.DectDevices;

// The members generated from tools/api/telephony/dect-devices.yml are in DectDevicesApi.g.cs.
public partial class DectDevicesApi
{
    /// <summary>Deletes some handsets of a DECT network, or all of them.</summary>
    /// <param name="locationId">The location.</param>
    /// <param name="dectNetworkId">The DECT network.</param>
    /// <param name="handsetIds">The handsets to delete (ignored when <paramref name="deleteAll"/> is true).</param>
    /// <param name="deleteAll">True: every handset of the network is deleted.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException">An id is empty or not an id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="handsetIds"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task DeleteHandsetsAsync(string locationId, string dectNetworkId, IEnumerable<string> handsetIds,
        bool? deleteAll = null, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(handsetIds);
        string url = $"telephony/config/locations/{Id(locationId)}/dectNetworks/{Id(dectNetworkId)}/handsets";
        var body = JsonBody.Of(("handsetIds", JsonBody.Strings(handsetIds)), ("deleteAll", deleteAll));
        return Session.DeleteAsync(url, new Query { ["orgId"] = orgId }, body, DectDevicesJson.Default.JsonObject, cancellationToken);
    }
}
