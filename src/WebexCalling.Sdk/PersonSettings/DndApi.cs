using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Do not disturb: incoming calls get the busy treatment, optionally with a ring reminder.
/// Shared by people, workspaces and virtual lines.
/// </summary>
public class DndApi : SettingsApiChild
{
    private const string Feature = "doNotDisturb";

    internal DndApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected DndApi() { }

    /// <summary>Reads an entity's do-not-disturb settings.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The settings.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<Dnd> ReadAsync(string entityId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(FeatureUrl(entityId, Feature), OrgQuery(orgId), WebexJson.Default.Dnd, cancellationToken);

    /// <summary>Updates an entity's do-not-disturb settings.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="dndSettings">The settings to apply.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="dndSettings"/> is null.</exception>
    public virtual Task ConfigureAsync(string entityId, Dnd dndSettings, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(entityId);
        ArgumentNullException.ThrowIfNull(dndSettings);
        var body = dndSettings;
        return Session.PutAsync(FeatureUrl(entityId, Feature), OrgQuery(orgId), body, WebexJson.Default.Dnd, cancellationToken);
    }
}
