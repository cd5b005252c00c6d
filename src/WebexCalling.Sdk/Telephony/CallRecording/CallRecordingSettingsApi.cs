using System.Net;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.Telephony.CallRecording;

// The members generated from tools/api/telephony/call-recording.yml are in CallRecordingSettingsApi.g.cs. Setting a
// location's vendor is written here because Webex answers either 200 with a job id or 204 without a body, and the
// session's typed PUT expects a body.
public partial class CallRecordingSettingsApi
{
    /// <summary>
    /// Sets a location's call recording vendor, storage region and failure behaviour; returns the id of the job that
    /// applies it, or null when Webex applied it at once.
    /// </summary>
    /// <param name="locationId">The location.</param>
    /// <param name="vendorId">The vendor; null leaves it as it is.</param>
    /// <param name="orgDefaultEnabled">True to use the organisation's default vendor.</param>
    /// <param name="storageRegion">The two-letter region recordings are stored in (Webex as vendor only).</param>
    /// <param name="orgStorageRegionEnabled">True to use the organisation's storage region.</param>
    /// <param name="failureBehavior">What happens to a call when recording fails.</param>
    /// <param name="orgFailureBehaviorEnabled">True to use the organisation's failure behaviour.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The job id, or null (204: applied at once).</returns>
    /// <remarks>Only the arguments given are sent. Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="locationId"/> is empty or not an id.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<string?> SetLocationVendorAsync(string locationId, string? vendorId = null,
        bool? orgDefaultEnabled = null, string? storageRegion = null, bool? orgStorageRegionEnabled = null,
        FailureBehavior? failureBehavior = null, bool? orgFailureBehaviorEnabled = null, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        string url = $"telephony/config/locations/{Id(locationId)}/callRecording/vendor";
        var body = JsonBody.Of(("id", vendorId), ("orgDefaultEnabled", orgDefaultEnabled),
            ("storageRegion", storageRegion), ("orgStorageRegionEnabled", orgStorageRegionEnabled),
            ("failureBehavior", failureBehavior?.Value), ("orgFailureBehaviorEnabled", orgFailureBehaviorEnabled));
        using var response = await Session.SendAsync(HttpMethod.Put, Session.BuildUrl(url, new Query { ["orgId"] = orgId }),
            RequestContent.Json(body, CallRecordingSettingsJson.Default.JsonObject), cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NoContent) return null;
        var answer = await Session.ReadJsonAsync(response, CallRecordingSettingsJson.Default.JsonElement, cancellationToken)
            .ConfigureAwait(false);
        return ResponseFields.String(answer, "jobId");
    }
}
