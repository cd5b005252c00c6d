using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Voicemail: when calls go to voicemail, greetings, notifications, message storage, fax, passcode and PIN.
/// Shared by people, workspaces and virtual lines.
/// </summary>
public class VoicemailApi : SettingsApiChild
{
    private const string Feature = "voicemail";

    internal VoicemailApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected VoicemailApi() { }

    /// <summary>Reads an entity's voicemail settings.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The settings.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<VoicemailSettings> ReadAsync(string entityId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(FeatureUrl(entityId, Feature), OrgQuery(orgId), WebexJson.Default.VoicemailSettings, cancellationToken);

    /// <summary>Updates an entity's voicemail settings.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="settings">The settings, typically from <see cref="ReadAsync"/> with changes.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public virtual Task ConfigureAsync(string entityId, VoicemailSettings settings, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(entityId);
        ArgumentNullException.ThrowIfNull(settings);
        var body = settings with
        {
            SendBusyCalls = settings.SendBusyCalls is { } busy ? busy with { GreetingUploaded = null } : null,
            SendUnansweredCalls = settings.SendUnansweredCalls is { } na
                ? na with { GreetingUploaded = null, SystemMaxNumberOfRings = null }
                : null,
            VoiceMessageForwardingEnabled = null,
        }; // read-only fields
        return Session.PutAsync(FeatureUrl(entityId, Feature), OrgQuery(orgId), body, WebexJson.Default.VoicemailSettings, cancellationToken);
    }

    /// <summary>Uploads the greeting played when the entity is busy from a stream of a <c>.wav</c> file.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="content">The <c>.wav</c> audio; read to its end (not disposed).</param>
    /// <param name="uploadAs">The file name Webex records, ending in <c>.wav</c>.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Sent as <c>multipart/form-data</c> with one <c>audio/wav</c> part. Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public virtual async Task ConfigureBusyGreetingAsync(string entityId, Stream content, string uploadAs, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(entityId);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrEmpty(uploadAs);
        byte[] bytes = await SettingsUpload.ReadAllAsync(content, cancellationToken).ConfigureAwait(false);
        await ConfigureBusyGreetingAsync(entityId, bytes, uploadAs, orgId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Uploads the greeting played when the entity is busy from the bytes of a <c>.wav</c> file.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="content">The <c>.wav</c> audio.</param>
    /// <param name="uploadAs">The file name Webex records, ending in <c>.wav</c>.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Sent as <c>multipart/form-data</c> with one <c>audio/wav</c> part. Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ConfigureBusyGreetingAsync(string entityId, ReadOnlyMemory<byte> content, string uploadAs, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(uploadAs);
        string path = FeatureUrl(entityId, Feature, "actions", "uploadBusyGreeting", "invoke");
        return SettingsUpload.PostWavAsync(Session, path, orgId, content, uploadAs, cancellationToken);
    }

    /// <summary>Uploads the greeting played when the entity is busy from a <c>.wav</c> file on disk, uploaded under its own file name.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="path">The path of the <c>.wav</c> file.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Sent as <c>multipart/form-data</c> with one <c>audio/wav</c> part. Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public virtual async Task ConfigureBusyGreetingAsync(string entityId, string path, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(entityId);
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        await ConfigureBusyGreetingAsync(entityId, bytes, System.IO.Path.GetFileName(path), orgId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Uploads the greeting played when the entity does not answer from a stream of a <c>.wav</c> file.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="content">The <c>.wav</c> audio; read to its end (not disposed).</param>
    /// <param name="uploadAs">The file name Webex records, ending in <c>.wav</c>.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Sent as <c>multipart/form-data</c> with one <c>audio/wav</c> part. Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public virtual async Task ConfigureNoAnswerGreetingAsync(string entityId, Stream content, string uploadAs, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(entityId);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrEmpty(uploadAs);
        byte[] bytes = await SettingsUpload.ReadAllAsync(content, cancellationToken).ConfigureAwait(false);
        await ConfigureNoAnswerGreetingAsync(entityId, bytes, uploadAs, orgId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Uploads the greeting played when the entity does not answer from the bytes of a <c>.wav</c> file.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="content">The <c>.wav</c> audio.</param>
    /// <param name="uploadAs">The file name Webex records, ending in <c>.wav</c>.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Sent as <c>multipart/form-data</c> with one <c>audio/wav</c> part. Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ConfigureNoAnswerGreetingAsync(string entityId, ReadOnlyMemory<byte> content, string uploadAs, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(uploadAs);
        string path = FeatureUrl(entityId, Feature, "actions", "uploadNoAnswerGreeting", "invoke");
        return SettingsUpload.PostWavAsync(Session, path, orgId, content, uploadAs, cancellationToken);
    }

    /// <summary>Uploads the greeting played when the entity does not answer from a <c>.wav</c> file on disk, uploaded under its own file name.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="path">The path of the <c>.wav</c> file.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Sent as <c>multipart/form-data</c> with one <c>audio/wav</c> part. Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public virtual async Task ConfigureNoAnswerGreetingAsync(string entityId, string path, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(entityId);
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        await ConfigureNoAnswerGreetingAsync(entityId, bytes, System.IO.Path.GetFileName(path), orgId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sets an entity's voicemail passcode.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="passcode">The new passcode, 6 to 30 digits.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Sent to <c>telephony/config/…/voicemail/passcode</c>. Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ModifyPasscodeAsync(string entityId, string passcode, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(passcode);
        return Session.PutAsync(ConfigUrl(entityId, "voicemail", "passcode"), OrgQuery(orgId), new VoicemailPasscode { Passcode = passcode },
            WebexJson.Default.VoicemailPasscode, cancellationToken);
    }

    /// <summary>Resets an entity's voicemail PIN.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task ResetPinAsync(string entityId, string? orgId = null, CancellationToken cancellationToken = default)
    {
        var url = Session.BuildUrl(FeatureUrl(entityId, Feature, "actions", "resetPin", "invoke"), OrgQuery(orgId));
        using var response = await Session.SendAsync(HttpMethod.Post, url, null, cancellationToken).ConfigureAwait(false);
    }
}
