using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.Telephony;

// The members generated from tools/api/telephony/telephony.yml are in TelephonyApi.g.cs.
public partial class TelephonyApi
{
    /// <summary>
    /// Reads the counts of the organisation's numbers: assigned, unassigned, inactive, extension-only, toll-free,
    /// mobile, service and total.
    /// </summary>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The counts; an empty record when Webex answers none.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<NumberDetails> PhoneNumberDetailsAsync(string? orgId = null, CancellationToken cancellationToken = default)
    {
        // the numbers list answers the counts with details=true; one number per page keeps the answer small
        var query = new Query { ["details"] = true, ["max"] = 1, ["orgId"] = orgId };
        var answer = await Session.GetAsync("telephony/config/numbers", query, TelephonyJson.Default.JsonElement, cancellationToken)
            .ConfigureAwait(false);
        return ResponseFields.Object(answer, "count", TelephonyJson.Default.NumberDetails) ?? new NumberDetails();
    }
}
