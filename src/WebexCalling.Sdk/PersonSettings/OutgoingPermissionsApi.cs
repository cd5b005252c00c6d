using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Outgoing calling permissions: what happens to calls an entity places, per call type, with auto transfer numbers,
/// access codes and digit patterns as sub-APIs. Shared by people, workspaces, locations and virtual lines.
/// </summary>
public class OutgoingPermissionsApi : SettingsApiChild
{
    private const string Feature = "outgoingPermission";

    // call types that Webex lists but rejects in updates (wxc_sdk's default drop set)
    private static readonly OutgoingPermissionCallType[] DefaultDropCallTypes =
        [OutgoingPermissionCallType.UrlDialing, OutgoingPermissionCallType.Unknown, OutgoingPermissionCallType.Casual];

    internal OutgoingPermissionsApi(RestSession session, SettingsOwner owner) : base(session, owner)
    {
        TransferNumbers = new TransferNumbersApi(session, owner);
        AccessCodes = new AccessCodesApi(session, owner);
        DigitPatterns = new DigitPatternsApi(session, owner);
    }

    /// <summary>For mocking: every property is null unless overridden.</summary>
    protected OutgoingPermissionsApi() { }

    /// <summary>Auto transfer numbers.</summary>
    public virtual TransferNumbersApi TransferNumbers { get; } = null!;

    /// <summary>Access codes (not for locations: they have their own API under telephony).</summary>
    public virtual AccessCodesApi AccessCodes { get; } = null!;

    /// <summary>Digit patterns.</summary>
    public virtual DigitPatternsApi DigitPatterns { get; } = null!;

    /// <summary>Reads the outgoing calling permissions.</summary>
    /// <param name="entityId">The person (or workspace, location, virtual line).</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The settings.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<OutgoingPermissions> ReadAsync(string entityId, string? orgId = null,
        CancellationToken cancellationToken = default) =>
        Session.GetAsync(FeatureUrl(entityId, Feature), OrgQuery(orgId), WebexJson.Default.OutgoingPermissions, cancellationToken);

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
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ConfigureAsync(string entityId, OutgoingPermissions settings,
        IEnumerable<OutgoingPermissionCallType>? dropCallTypes = null, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var drop = (dropCallTypes ?? DefaultDropCallTypes).ToHashSet();
        var body = settings.CallingPermissions is null ? settings : settings with
        {
            CallingPermissions = settings.CallingPermissions
                .Where(p => p is not null && (p.CallType is not { } callType || !drop.Contains(callType)))
                .ToList(),
        };
        return Session.PutAsync(FeatureUrl(entityId, Feature), OrgQuery(orgId), body, WebexJson.Default.OutgoingPermissions,
            cancellationToken);
    }
}
