using System.Text.Json;
using System.Text.Json.Nodes;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;
using WebexCalling.Sdk.Locations;

namespace WebexCalling.Sdk.Telephony.Location;

public partial class TelephonyLocationApi
{
    /// <summary>Enables a location created with api.Locations for Webex Calling; returns its id.</summary>
    /// <param name="location">
    /// The location, typically as <see cref="LocationsApi.DetailsAsync"/> read it: its id, name, time zone, languages
    /// and address are sent (Webex needs an announcement language).
    /// </param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The location's id.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="location"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<string> EnableForCallingAsync(Locations.Location location, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        // the Location model never sends its id (server-owned in api.Locations); this body names the location by it
        var body = RequestBody.Of(location, WebexJson.Default.Location, EnableForCallingBody);
        if (location.LocationId is { } id && body is JsonObject fields) fields["id"] = id;
        var answer = await Session.PostAsync("telephony/config/locations", new Query { ["orgId"] = orgId }, body,
            TelephonyLocationJson.Default.JsonNode, TelephonyLocationJson.Default.JsonElement, cancellationToken).ConfigureAwait(false);
        return ResponseFields.String(answer, "id") ?? "";
    }

    /// <summary>
    /// Changes a location's Webex Calling details; returns the id of the batch job a routing prefix change starts, else
    /// null.
    /// </summary>
    /// <param name="locationId">The location.</param>
    /// <param name="settings">The fields to change, e.g. a read changed with <c>with</c>; read-only ones are never sent.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>
    /// The connection can be changed only to and from a trunk or route group. Scopes:
    /// <c>spark-admin:telephony_config_write</c>.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="locationId"/> is empty or not an id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<string?> UpdateAsync(string locationId, TelephonyLocation settings, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string url = $"telephony/config/locations/{Id(locationId)}";
        var body = RequestBody.Of(settings, TelephonyLocationJson.Default.TelephonyLocation, UpdateBody);
        using var response = await Session.SendAsync(HttpMethod.Put, Session.BuildUrl(url, new Query { ["orgId"] = orgId }),
            RequestContent.Json(body, TelephonyLocationJson.Default.JsonNode), cancellationToken).ConfigureAwait(false);
        // 204 without a body unless the routing prefix changed (then 200 or 206 with the batch job)
        byte[] bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (bytes.Length == 0) return null;
        using var answer = JsonDocument.Parse(bytes);
        return ResponseFields.String(answer.RootElement, "batchJobId");
    }
}
