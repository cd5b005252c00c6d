using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

public partial class AccessCodesApi
{
    // hand-written only because the public signature takes the description without a default
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
        string url = FeaturePath(Id(entityId), "outgoingPermission/accessCodes");
        var body = JsonBody.Of(("code", code), ("description", description));
        return Session.PostAsync(url, OrgQuery(orgId), body, PersonSettingsJson.Default.JsonObject, cancellationToken);
    }
}
