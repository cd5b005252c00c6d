namespace WebexCalling.Sdk.PersonSettings;

// The members generated from tools/api/person-settings/voicemail.yml are in VoicemailApi.g.cs; the greeting uploads
// are multipart, written here (SettingsUpload).
public partial class VoicemailApi
{
    /// <summary>Uploads the greeting played when the entity is busy from a stream of a <c>.wav</c> file.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="content">The <c>.wav</c> audio; read to its end (not disposed).</param>
    /// <param name="uploadAs">The file name Webex records, ending in <c>.wav</c>.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Sent as <c>multipart/form-data</c> with one <c>audio/wav</c> part. Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is empty or not an id, or <paramref name="uploadAs"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ConfigureBusyGreetingAsync(string entityId, Stream content, string uploadAs, string? orgId = null,
        CancellationToken cancellationToken = default) =>
        SettingsUpload.PostWavAsync(Session, ActionPath(entityId, "uploadBusyGreeting"), orgId, content, uploadAs, cancellationToken);

    /// <summary>Uploads the greeting played when the entity is busy from the bytes of a <c>.wav</c> file.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="content">The <c>.wav</c> audio.</param>
    /// <param name="uploadAs">The file name Webex records, ending in <c>.wav</c>.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Sent as <c>multipart/form-data</c> with one <c>audio/wav</c> part. Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is empty or not an id, or <paramref name="uploadAs"/> is empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ConfigureBusyGreetingAsync(string entityId, ReadOnlyMemory<byte> content, string uploadAs, string? orgId = null,
        CancellationToken cancellationToken = default) =>
        SettingsUpload.PostWavAsync(Session, ActionPath(entityId, "uploadBusyGreeting"), orgId, content, uploadAs, cancellationToken);

    /// <summary>Uploads the greeting played when the entity is busy from a <c>.wav</c> file on disk, under its own file name.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="path">The path of the <c>.wav</c> file.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Sent as <c>multipart/form-data</c> with one <c>audio/wav</c> part. Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is empty or not an id, or <paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ConfigureBusyGreetingAsync(string entityId, string path, string? orgId = null, CancellationToken cancellationToken = default) =>
        SettingsUpload.PostWavFileAsync(Session, ActionPath(entityId, "uploadBusyGreeting"), orgId, path, cancellationToken);

    /// <summary>Uploads the greeting played when the entity does not answer from a stream of a <c>.wav</c> file.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="content">The <c>.wav</c> audio; read to its end (not disposed).</param>
    /// <param name="uploadAs">The file name Webex records, ending in <c>.wav</c>.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Sent as <c>multipart/form-data</c> with one <c>audio/wav</c> part. Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is empty or not an id, or <paramref name="uploadAs"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ConfigureNoAnswerGreetingAsync(string entityId, Stream content, string uploadAs, string? orgId = null,
        CancellationToken cancellationToken = default) =>
        SettingsUpload.PostWavAsync(Session, ActionPath(entityId, "uploadNoAnswerGreeting"), orgId, content, uploadAs, cancellationToken);

    /// <summary>Uploads the greeting played when the entity does not answer from the bytes of a <c>.wav</c> file.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="content">The <c>.wav</c> audio.</param>
    /// <param name="uploadAs">The file name Webex records, ending in <c>.wav</c>.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Sent as <c>multipart/form-data</c> with one <c>audio/wav</c> part. Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is empty or not an id, or <paramref name="uploadAs"/> is empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ConfigureNoAnswerGreetingAsync(string entityId, ReadOnlyMemory<byte> content, string uploadAs, string? orgId = null,
        CancellationToken cancellationToken = default) =>
        SettingsUpload.PostWavAsync(Session, ActionPath(entityId, "uploadNoAnswerGreeting"), orgId, content, uploadAs, cancellationToken);

    /// <summary>Uploads the greeting played when the entity does not answer from a <c>.wav</c> file on disk, under its own file name.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="path">The path of the <c>.wav</c> file.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Sent as <c>multipart/form-data</c> with one <c>audio/wav</c> part. Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is empty or not an id, or <paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ConfigureNoAnswerGreetingAsync(string entityId, string path, string? orgId = null, CancellationToken cancellationToken = default) =>
        SettingsUpload.PostWavFileAsync(Session, ActionPath(entityId, "uploadNoAnswerGreeting"), orgId, path, cancellationToken);

    // @features/{entityId}/voicemail/actions/{action}/invoke
    private string ActionPath(string entityId, string action) => FeaturePath(Id(entityId), $"voicemail/actions/{action}/invoke");
}
