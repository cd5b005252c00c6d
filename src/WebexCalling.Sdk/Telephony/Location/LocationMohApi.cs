using System.Text.Json.Nodes;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.Telephony.Location;

public partial class LocationMohApi
{
    /// <summary>Changes the location's music on hold settings; a playlist is sent as its id.</summary>
    /// <param name="locationId">The location.</param>
    /// <param name="settings">The new settings; null properties are not sent.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="locationId"/> is empty or not an id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task UpdateAsync(string locationId, LocationMohSetting settings, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        // the body: the 2026 schema names the workspace's object (mohEnabled, audioAnnouncementFile); its own example,
        // the GET and wxc_sdk use callHoldEnabled, callParkEnabled, audioFile and playlistId
        string url = $"telephony/config/locations/{Id(locationId)}/musicOnHold";
        var body = RequestBody.Of(settings, TelephonyLocationJson.Default.LocationMohSetting, UpdateBody);
        // the read answers the playlist as {id, name}; the update takes its id (wxc_sdk's update())
        if (settings.Playlist?.Id is { } playlistId && body is JsonObject fields) fields["playlistId"] = playlistId;
        return Session.PutAsync(url, new Query { ["orgId"] = orgId }, body, TelephonyLocationJson.Default.JsonNode, cancellationToken);
    }
}
