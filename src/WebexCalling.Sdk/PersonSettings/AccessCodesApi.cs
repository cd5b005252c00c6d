using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// The access codes of outgoing permissions: codes that let a caller bypass them. Shared by people, workspaces and
/// virtual lines (locations have their own access code API under telephony).
/// </summary>
public class AccessCodesApi : SettingsApiChild
{
    internal AccessCodesApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected AccessCodesApi() { }

    // people and virtual lines: telephony/config/…/{id}/outgoingPermission/accessCodes; workspaces keep the
    // features path (wxc_sdk remaps the feature for people only)
    private string CodesUrl(string entityId) => Owner == SettingsOwner.Workspace
        ? FeatureUrl(entityId, "outgoingPermission/accessCodes")
        : ConfigUrl(entityId, "outgoingPermission", "accessCodes");

    /// <summary>Reads the access codes.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The codes and whether the entity uses its own.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<AuthCodes> ReadAsync(string entityId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(CodesUrl(entityId), OrgQuery(orgId), WebexJson.Default.AuthCodes, cancellationToken);

    /// <summary>Switches the entity's own access codes on or off and deletes codes.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="useCustomAccessCodes">True to use the entity's own codes; null leaves the setting unchanged.</param>
    /// <param name="deleteCodes">The codes to delete; null deletes none.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ModifyAsync(string entityId, bool? useCustomAccessCodes = null, IEnumerable<string>? deleteCodes = null,
        string? orgId = null, CancellationToken cancellationToken = default)
    {
        var body = new AccessCodesModifyRequest { UseCustomAccessCodes = useCustomAccessCodes, DeleteCodes = deleteCodes?.ToList() };
        return Session.PutAsync(CodesUrl(entityId), OrgQuery(orgId), body, WebexJson.Default.AccessCodesModifyRequest,
            cancellationToken);
    }

    /// <summary>Creates an access code.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="code">The code.</param>
    /// <param name="description">What the code is for.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> or <paramref name="code"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task CreateAsync(string entityId, string code, string? description, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        var body = new AuthCode { Code = code, Description = description };
        return Session.PostAsync(CodesUrl(entityId), OrgQuery(orgId), body, WebexJson.Default.AuthCode, cancellationToken);
    }

    /// <summary>Deletes all access codes of the entity.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task DeleteAsync(string entityId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.DeleteAsync(CodesUrl(entityId), OrgQuery(orgId), cancellationToken);
}
