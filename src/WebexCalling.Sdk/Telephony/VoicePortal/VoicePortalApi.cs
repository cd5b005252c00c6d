using System.Text.Json.Nodes;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.Telephony.VoicePortal;

// The reads are generated (VoicePortalApi.g.cs); the update is written here because the admin passcode is a parameter
// of its own, added to the settings' body as {"passcode": {"newPasscode", "confirmPasscode"}} (wxc_sdk's update).
public partial class VoicePortalApi
{
    /// <summary>Updates a location's voice portal and, when a passcode is given, sets its admin passcode.</summary>
    /// <param name="locationId">The location.</param>
    /// <param name="settings">The new settings; only the fields that are set are sent, read-only ones never.</param>
    /// <param name="passcode">The new admin passcode (sent as new and confirmed passcode); null keeps it.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>
    /// The passcode must meet <see cref="PasscodeRulesAsync"/>; it is never logged and never read back. Scopes:
    /// <c>spark-admin:telephony_config_write</c>.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="locationId"/> is empty or not an id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task UpdateAsync(string locationId, VoicePortalSettings settings, string? passcode = null, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string url = $"telephony/config/locations/{Id(locationId)}/voicePortal";
        var body = RequestBody.Of(settings, VoicePortalJson.Default.VoicePortalSettings, UpdateBody);
        if (passcode is not null && body is JsonObject obj)
            obj["passcode"] = new JsonObject { ["newPasscode"] = passcode, ["confirmPasscode"] = passcode };
        return Session.PutAsync(url, new Query { ["orgId"] = orgId }, body, VoicePortalJson.Default.JsonNode, cancellationToken);
    }
}
