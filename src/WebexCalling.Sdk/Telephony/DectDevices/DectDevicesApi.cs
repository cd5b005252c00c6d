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
    public virtual async Task DeleteHandsetsAsync(string locationId, string dectNetworkId, IEnumerable<string> handsetIds,
        bool? deleteAll = null, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(handsetIds);
        string url = $"telephony/config/locations/{Id(locationId)}/dectNetworks/{Id(dectNetworkId)}/handsets";
        // a DELETE with a body, which the session's DeleteAsync does not send
        var body = JsonBody.Of(("handsetIds", JsonBody.Strings(handsetIds)), ("deleteAll", deleteAll));
        using var response = await Session.SendAsync(HttpMethod.Delete, Session.BuildUrl(url, new Query { ["orgId"] = orgId }),
            RequestContent.Json(body, DectDevicesJson.Default.JsonObject), cancellationToken).ConfigureAwait(false);
    }
}
