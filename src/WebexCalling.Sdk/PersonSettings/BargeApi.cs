using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Barge-in: answering or joining, by feature access code, a call directed to someone else.
/// Shared by people, workspaces and virtual lines.
/// </summary>
public class BargeApi : SettingsApiChild
{
    private const string Feature = "bargeIn";

    internal BargeApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected BargeApi() { }

    /// <summary>Reads an entity's barge-in settings.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The settings.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<BargeSettings> ReadAsync(string entityId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(FeatureUrl(entityId, Feature), OrgQuery(orgId), WebexJson.Default.BargeSettings, cancellationToken);

    /// <summary>Updates an entity's barge-in settings.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="bargeSettings">The settings to apply.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="bargeSettings"/> is null.</exception>
    public virtual Task ConfigureAsync(string entityId, BargeSettings bargeSettings, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(entityId);
        ArgumentNullException.ThrowIfNull(bargeSettings);
        var body = bargeSettings;
        return Session.PutAsync(FeatureUrl(entityId, Feature), OrgQuery(orgId), body, WebexJson.Default.BargeSettings, cancellationToken);
    }
}
