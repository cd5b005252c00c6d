using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

public partial class OutgoingPermissionsApi
{
    // call types that Webex lists but rejects in updates (wxc_sdk's default drop set)
    private static readonly OutgoingPermissionCallType[] DefaultDropCallTypes =
        [OutgoingPermissionCallType.UrlDialing, OutgoingPermissionCallType.Unknown, OutgoingPermissionCallType.Casual];

    /// <summary>Changes the outgoing calling permissions.</summary>
    /// <param name="entityId">The person (or workspace, location, virtual line).</param>
    /// <param name="settings">The new settings; null properties are not sent.</param>
    /// <param name="dropCallTypes">
    /// Call types to leave out of <c>callingPermissions</c>; null leaves out <c>URL_DIALING</c>, <c>UNKNOWN</c> and
    /// <c>CASUAL</c>, which Webex lists but does not accept in updates.
    /// </param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is empty or not an id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ConfigureAsync(string entityId, OutgoingPermissions settings,
        IEnumerable<OutgoingPermissionCallType>? dropCallTypes = null, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string url = FeaturePath(Id(entityId), "outgoingPermission");
        var drop = (dropCallTypes ?? DefaultDropCallTypes).ToHashSet();
        var kept = settings.CallingPermissions is null ? settings : settings with
        {
            CallingPermissions = settings.CallingPermissions
                .Where(p => p is not null && (p.CallType is not { } callType || !drop.Contains(callType)))
                .ToList(),
        };
        var body = RequestBody.Of(kept, PersonSettingsJson.Default.OutgoingPermissions, ConfigureRules(Owner));
        return Session.PutAsync(url, OrgQuery(orgId), body, PersonSettingsJson.Default.JsonNode, cancellationToken);
    }
}
