using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Call forwarding: always, when busy, when not answered, and business continuity while the phone is offline.
/// Shared by people, workspaces and virtual lines.
/// </summary>
public class PersonForwardingApi : SettingsApiChild
{
    private const string Feature = "callForwarding";

    internal PersonForwardingApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected PersonForwardingApi() { }

    /// <summary>Reads an entity's call forwarding settings.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The settings.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<PersonForwardingSetting> ReadAsync(string entityId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(FeatureUrl(entityId, Feature), OrgQuery(orgId), WebexJson.Default.PersonForwardingSetting, cancellationToken);

    /// <summary>Updates an entity's call forwarding settings.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="forwarding">The settings, typically from <see cref="ReadAsync"/> with changes.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="forwarding"/> is null.</exception>
    public virtual Task ConfigureAsync(string entityId, PersonForwardingSetting forwarding, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(entityId);
        ArgumentNullException.ThrowIfNull(forwarding);
        var body = forwarding with
        {
            CallForwarding = forwarding.CallForwarding is { } cf
                ? cf with { NoAnswer = cf.NoAnswer is { } na ? na with { SystemMaxNumberOfRings = null } : null }
                : null,
        }; // the system maximum is read-only
        return Session.PutAsync(FeatureUrl(entityId, Feature), OrgQuery(orgId), body, WebexJson.Default.PersonForwardingSetting, cancellationToken);
    }
}
