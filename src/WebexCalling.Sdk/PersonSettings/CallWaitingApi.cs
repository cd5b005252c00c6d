using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Call waiting: while on a call, a tone announces a second incoming call, which can be answered or ignored.
/// Shared by people, workspaces and virtual lines.
/// </summary>
public class CallWaitingApi : SettingsApiChild
{
    private const string Feature = "callWaiting";

    internal CallWaitingApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected CallWaitingApi() { }

    /// <summary>Reads whether call waiting is on.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>True when call waiting is enabled.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<bool> ReadAsync(string entityId, string? orgId = null, CancellationToken cancellationToken = default)
    {
        var setting = await Session.GetAsync(FeatureUrl(entityId, Feature), OrgQuery(orgId), WebexJson.Default.EnabledSetting,
            cancellationToken).ConfigureAwait(false);
        return setting.Enabled ?? false;
    }

    /// <summary>Turns call waiting on or off.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="enabled">True to enable call waiting.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ConfigureAsync(string entityId, bool enabled, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.PutAsync(FeatureUrl(entityId, Feature), OrgQuery(orgId), new EnabledSetting { Enabled = enabled },
            WebexJson.Default.EnabledSetting, cancellationToken);
}
