using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Music on hold for an entity: played when a caller is put on hold or the call is parked.
/// Shared by people, workspaces and virtual lines.
/// </summary>
public class MusicOnHoldApi : SettingsApiChild
{
    private const string Feature = "musicOnHold";

    internal MusicOnHoldApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected MusicOnHoldApi() { }

    /// <summary>Reads an entity's music on hold settings.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The settings.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<MusicOnHold> ReadAsync(string entityId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(ConfigUrl(entityId, Feature), OrgQuery(orgId), WebexJson.Default.MusicOnHold, cancellationToken);

    /// <summary>Updates an entity's music on hold settings.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="settings">The settings; music on hold must be on for the location.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public virtual Task ConfigureAsync(string entityId, MusicOnHold settings, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(entityId);
        ArgumentNullException.ThrowIfNull(settings);
        var body = settings with
        {
            MohLocationEnabled = null,
            // the official reference's body has only id, fileName, mediaFileType and level of the file
            AudioAnnouncementFile = settings.AudioAnnouncementFile is { } file ? file with { FileSize = null, IsTextToSpeech = null } : null,
        };
        return Session.PutAsync(ConfigUrl(entityId, Feature), OrgQuery(orgId), body, WebexJson.Default.MusicOnHold, cancellationToken);
    }
}
