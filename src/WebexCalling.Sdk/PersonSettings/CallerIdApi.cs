using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Caller ID: what number and name outgoing calls show.
/// Shared by people, workspaces and virtual lines.
/// </summary>
public class CallerIdApi : SettingsApiChild
{
    private const string Feature = "callerId";

    internal CallerIdApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected CallerIdApi() { }

    /// <summary>Reads an entity's caller ID settings.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The settings.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<CallerId> ReadAsync(string entityId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(FeatureUrl(entityId, Feature), OrgQuery(orgId), WebexJson.Default.CallerId, cancellationToken);

    /// <summary>Updates selected caller ID settings; parameters left null are not sent.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="selected">Which number outgoing calls show; the allowed values are in <see cref="CallerId.CallerIdTypes"/>.</param>
    /// <param name="customNumber">The number shown for <c>CUSTOM</c>; must be assigned in the entity's location.</param>
    /// <param name="firstName">Caller ID first name; <c>%</c>, <c>+</c>, <c>`</c>, <c>"</c> and Unicode are not allowed.</param>
    /// <param name="lastName">Caller ID last name; same restrictions.</param>
    /// <param name="externalCallerIdNamePolicy">Which name external calls show.</param>
    /// <param name="customExternalCallerIdName">The name shown for <c>OTHER</c>.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ConfigureAsync(string entityId, CallerIdSelectedType? selected = null, string? customNumber = null,
        string? firstName = null, string? lastName = null, ExternalCallerIdNamePolicy? externalCallerIdNamePolicy = null,
        string? customExternalCallerIdName = null, string? orgId = null, CancellationToken cancellationToken = default)
    {
        var body = new CallerId
        {
            Selected = selected,
            CustomNumber = customNumber,
            FirstName = firstName,
            LastName = lastName,
            ExternalCallerIdNamePolicy = externalCallerIdNamePolicy,
            CustomExternalCallerIdName = customExternalCallerIdName,
        };
        return Session.PutAsync(FeatureUrl(entityId, Feature), OrgQuery(orgId), body, WebexJson.Default.CallerId, cancellationToken);
    }

    /// <summary>Updates an entity's caller ID settings from a record <see cref="ReadAsync"/> returned, sending only the writable fields.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="settings">The settings, typically from <see cref="ReadAsync"/> with changes.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public virtual Task ConfigureSettingsAsync(string entityId, CallerId settings, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(entityId);
        ArgumentNullException.ThrowIfNull(settings);
        // read-only fields, which wxc_sdk's update leaves out
        var body = settings with
        {
            CallerIdTypes = null,
            DirectNumber = null,
            ExtensionNumber = null,
            LocationNumber = null,
            MobileNumber = null,
            TollFreeLocationNumber = null,
        };
        return Session.PutAsync(FeatureUrl(entityId, Feature), OrgQuery(orgId), body, WebexJson.Default.CallerId, cancellationToken);
    }
}
