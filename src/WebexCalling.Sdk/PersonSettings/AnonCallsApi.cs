using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Anonymous call rejection: blocking incoming calls from unidentified or blocked caller IDs.
/// Shared by people and workspaces.
/// </summary>
public class AnonCallsApi : SettingsApiChild
{
    private const string Feature = "anonymousCallReject";

    internal AnonCallsApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected AnonCallsApi() { }

    /// <summary>Reads whether anonymous calls are rejected.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>True when the feature is on.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<bool> ReadAsync(string entityId, string? orgId = null, CancellationToken cancellationToken = default)
    {
        var setting = await Session.GetAsync(ConfigUrl(entityId, Feature), OrgQuery(orgId), WebexJson.Default.EnabledSetting,
            cancellationToken).ConfigureAwait(false);
        return setting.Enabled ?? false;
    }

    /// <summary>Turns anonymous call rejection on or off.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="enabled">True to reject anonymous calls.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ConfigureAsync(string entityId, bool enabled, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.PutAsync(ConfigUrl(entityId, Feature), OrgQuery(orgId), new EnabledSetting { Enabled = enabled },
            WebexJson.Default.EnabledSetting, cancellationToken);
}
