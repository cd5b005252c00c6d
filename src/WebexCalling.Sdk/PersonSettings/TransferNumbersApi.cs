using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// The auto transfer numbers of outgoing permissions: where calls of a call type with a <c>TRANSFER_NUMBER_n</c>
/// action go. Shared by people, workspaces, locations and virtual lines.
/// </summary>
public class TransferNumbersApi : SettingsApiChild
{
    private const string Feature = "outgoingPermission/autoTransferNumbers";

    internal TransferNumbersApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected TransferNumbersApi() { }

    /// <summary>Reads the auto transfer numbers.</summary>
    /// <param name="entityId">The person (or workspace, location, virtual line).</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The numbers; numbers that are not set are null.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<AutoTransferNumbers> ReadAsync(string entityId, string? orgId = null,
        CancellationToken cancellationToken = default) =>
        Session.GetAsync(FeatureUrl(entityId, Feature), OrgQuery(orgId), WebexJson.Default.AutoTransferNumbers, cancellationToken);

    /// <summary>Changes the auto transfer numbers.</summary>
    /// <param name="entityId">The person (or workspace, location, virtual line).</param>
    /// <param name="settings">The new numbers; a null number is not sent (unchanged), an empty string clears it.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ConfigureAsync(string entityId, AutoTransferNumbers settings, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Session.PutAsync(FeatureUrl(entityId, Feature), OrgQuery(orgId), settings, WebexJson.Default.AutoTransferNumbers,
            cancellationToken);
    }
}
