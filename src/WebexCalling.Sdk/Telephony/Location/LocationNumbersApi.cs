using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.Telephony.Location;

// The members generated from tools/api/telephony/location-numbers.yml are in LocationNumbersApi.g.cs.
public partial class LocationNumbersApi
{
    /// <summary>
    /// Removes phone numbers from a location; they must be unassigned, and the location's main number cannot be removed.
    /// </summary>
    /// <param name="locationId">The location.</param>
    /// <param name="phoneNumbers">The numbers to remove.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="locationId"/> is empty or not an id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="phoneNumbers"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task RemoveAsync(string locationId, IEnumerable<string> phoneNumbers, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(phoneNumbers);
        // Webex takes the numbers in the body of the DELETE
        var body = JsonBody.Of(("phoneNumbers", JsonBody.Strings(phoneNumbers)));
        return Session.DeleteAsync($"telephony/config/locations/{Id(locationId)}/numbers", new Query { ["orgId"] = orgId },
            body, TelephonyLocationJson.Default.JsonObject, cancellationToken);
    }
}
