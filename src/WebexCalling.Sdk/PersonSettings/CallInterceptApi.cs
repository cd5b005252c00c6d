namespace WebexCalling.Sdk.PersonSettings;

// The members generated from tools/api/person-settings/call-intercept.yml are in CallInterceptApi.g.cs; the upload is
// multipart, written here (SettingsUpload).
public partial class CallInterceptApi
{
    /// <summary>Uploads the custom greeting played to intercepted callers from a stream of a <c>.wav</c> file.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="content">The <c>.wav</c> audio; read to its end (not disposed).</param>
    /// <param name="uploadAs">The file name Webex records, ending in <c>.wav</c>.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Sent as <c>multipart/form-data</c> with one <c>audio/wav</c> part. Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is empty or not an id, or <paramref name="uploadAs"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task GreetingAsync(string entityId, Stream content, string uploadAs, string? orgId = null,
        CancellationToken cancellationToken = default) =>
        SettingsUpload.PostWavAsync(Session, GreetingPath(entityId), orgId, content, uploadAs, cancellationToken);

    /// <summary>Uploads the custom greeting played to intercepted callers from the bytes of a <c>.wav</c> file.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="content">The <c>.wav</c> audio.</param>
    /// <param name="uploadAs">The file name Webex records, ending in <c>.wav</c>.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Sent as <c>multipart/form-data</c> with one <c>audio/wav</c> part. Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is empty or not an id, or <paramref name="uploadAs"/> is empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task GreetingAsync(string entityId, ReadOnlyMemory<byte> content, string uploadAs, string? orgId = null,
        CancellationToken cancellationToken = default) =>
        SettingsUpload.PostWavAsync(Session, GreetingPath(entityId), orgId, content, uploadAs, cancellationToken);

    /// <summary>Uploads the custom greeting played to intercepted callers from a <c>.wav</c> file on disk, under its own file name.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="path">The path of the <c>.wav</c> file.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Sent as <c>multipart/form-data</c> with one <c>audio/wav</c> part. Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is empty or not an id, or <paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task GreetingAsync(string entityId, string path, string? orgId = null, CancellationToken cancellationToken = default) =>
        SettingsUpload.PostWavFileAsync(Session, GreetingPath(entityId), orgId, path, cancellationToken);

    // @features/{entityId}/intercept/actions/announcementUpload/invoke
    private string GreetingPath(string entityId) => FeaturePath(Id(entityId), "intercept/actions/announcementUpload/invoke");
}
