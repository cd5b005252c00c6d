using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Emergency callback number (ECBN): the number a public safety answering point calls back after an emergency call.
/// Extension-only members need one: their own number, the location's, or another location member's. Shared by
/// people, workspaces and virtual lines (wxc_sdk: ECBNApi).
/// </summary>
public class EcbnApi : SettingsApiChild
{
    // wxc_sdk's URL table serves this feature from telephony/config/{owner}/{id}/emergencyCallbackNumber
    private const string Feature = "emergencyCallbackNumber";

    internal EcbnApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected EcbnApi() { }

    /// <summary>Reads the entity's emergency callback number settings.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The selection and the data of each option.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<PersonEcbn> ReadAsync(string entityId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(ConfigUrl(entityId, Feature), OrgQuery(orgId), WebexJson.Default.PersonEcbn, cancellationToken);

    /// <summary>Selects the entity's emergency callback number.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="selected">Which number to present.</param>
    /// <param name="locationMemberId">The location member whose number to use, with <see cref="EcbnSelection.LocationMemberNumber"/>.</param>
    /// <param name="elinEnabled">True to allow an ELIN for emergency calls from the entity's devices.</param>
    /// <param name="elinForWebexAppEnabled">True to allow an ELIN for emergency calls from the Webex App.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ConfigureAsync(string entityId, EcbnSelection selected, string? locationMemberId = null, bool? elinEnabled = null,
        bool? elinForWebexAppEnabled = null, string? orgId = null, CancellationToken cancellationToken = default)
    {
        string url = ConfigUrl(entityId, Feature);
        var body = JsonBody.Of(("selected", selected.Value), ("locationMemberId", locationMemberId), ("elinEnabled", elinEnabled),
            ("elinForWebexAppEnabled", elinForWebexAppEnabled));
        return Session.PutAsync(url, OrgQuery(orgId), body, WebexJson.Default.JsonObject, cancellationToken);
    }

    /// <summary>Reads what depends on the entity's emergency callback number.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Whether it is a default and how many members use it.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<EcbnDependencies> DependenciesAsync(string entityId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(ConfigUrl(entityId, Feature, "dependencies"), OrgQuery(orgId), WebexJson.Default.EcbnDependencies,
            cancellationToken);
}
