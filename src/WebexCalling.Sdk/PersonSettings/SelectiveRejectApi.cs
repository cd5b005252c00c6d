using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Selective reject: the entity rejects calls that meet a criteria (callers, schedule); this takes precedence over selective accept. Shared by people, workspaces and virtual lines.
/// </summary>
public class SelectiveRejectApi : SettingsApiChild
{
    private const string Feature = "selectiveReject";

    internal SelectiveRejectApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected SelectiveRejectApi() { }

    // people, workspaces and virtual lines all serve this feature below telephony/config (wxc_sdk remaps people and workspaces)
    private string CriteriaUrl(string entityId, string? id = null)
    {
        if (id is not null) ArgumentException.ThrowIfNullOrEmpty(id);
        return id is null ? ConfigUrl(entityId, Feature, "criteria") : ConfigUrl(entityId, Feature, "criteria", id);
    }

    /// <summary>Reads the selective reject settings with a summary of their criteria.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The settings.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<SelectiveReject> ReadAsync(string entityId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(ConfigUrl(entityId, Feature), OrgQuery(orgId), WebexJson.Default.SelectiveReject, cancellationToken);

    /// <summary>Changes the selective reject settings.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="settings">The new settings; the criteria and null properties are not sent.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ConfigureAsync(string entityId, SelectiveReject settings, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Session.PutAsync(ConfigUrl(entityId, Feature), OrgQuery(orgId), settings with { Criteria = null },
            WebexJson.Default.SelectiveReject, cancellationToken);
    }

    /// <summary>Reads a criteria of selective reject.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="id">The criteria.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The criteria.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_read</c>.</remarks>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<SelectiveRejectCriteria> ReadCriteriaAsync(string entityId, string id, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return Session.GetAsync(CriteriaUrl(entityId, id), OrgQuery(orgId), WebexJson.Default.SelectiveRejectCriteria, cancellationToken);
    }

    /// <summary>Changes a criteria of selective reject.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="id">The criteria.</param>
    /// <param name="settings">The new criteria; its id is not sent.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ConfigureCriteriaAsync(string entityId, string id, SelectiveRejectCriteria settings, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(settings);
        return Session.PutAsync(CriteriaUrl(entityId, id), OrgQuery(orgId), settings with { Id = null }, WebexJson.Default.SelectiveRejectCriteria,
            cancellationToken);
    }

    /// <summary>Creates a criteria of selective reject.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="settings">The criteria; its id is not sent. Without schedule name and type it applies at all times.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new criteria's id.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<string> CreateCriteriaAsync(string entityId, SelectiveRejectCriteria settings, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var answer = await Session.PostAsync(CriteriaUrl(entityId), OrgQuery(orgId), settings with { Id = null }, WebexJson.Default.SelectiveRejectCriteria,
            WebexJson.Default.JsonElement, cancellationToken).ConfigureAwait(false);
        return CreatedId.Of(answer);
    }

    /// <summary>Deletes a criteria of selective reject.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="id">The criteria.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task DeleteCriteriaAsync(string entityId, string id, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return Session.DeleteAsync(CriteriaUrl(entityId, id), OrgQuery(orgId), cancellationToken);
    }
}
