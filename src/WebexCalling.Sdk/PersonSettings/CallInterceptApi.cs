using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Call intercept: taking an entity's phone out of service gracefully, with announcements and alternative routing.
/// Shared by people, workspaces and virtual lines.
/// </summary>
public class CallInterceptApi : SettingsApiChild
{
    private const string Feature = "intercept";

    internal CallInterceptApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected CallInterceptApi() { }

    /// <summary>Reads an entity's call intercept settings.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The settings.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<InterceptSetting> ReadAsync(string entityId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(FeatureUrl(entityId, Feature), OrgQuery(orgId), WebexJson.Default.InterceptSetting, cancellationToken);

    /// <summary>Updates an entity's call intercept settings.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="intercept">The settings, typically from <see cref="ReadAsync"/> with changes.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="intercept"/> is null.</exception>
    public virtual Task ConfigureAsync(string entityId, InterceptSetting intercept, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(entityId);
        ArgumentNullException.ThrowIfNull(intercept);
        var body = intercept with
        {
            Incoming = intercept.Incoming is { Announcements: { } ann } inc
                ? inc with { Announcements = ann with { FileName = null } } // read-only
                : intercept.Incoming,
        };
        return Session.PutAsync(FeatureUrl(entityId, Feature), OrgQuery(orgId), body, WebexJson.Default.InterceptSetting, cancellationToken);
    }

    /// <summary>Uploads the custom greeting played to intercepted callers from a stream of a <c>.wav</c> file.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="content">The <c>.wav</c> audio; read to its end (not disposed).</param>
    /// <param name="uploadAs">The file name Webex records, ending in <c>.wav</c>.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Sent as <c>multipart/form-data</c> with one <c>audio/wav</c> part. Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public virtual async Task GreetingAsync(string entityId, Stream content, string uploadAs, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(entityId);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrEmpty(uploadAs);
        byte[] bytes = await SettingsUpload.ReadAllAsync(content, cancellationToken).ConfigureAwait(false);
        await GreetingAsync(entityId, bytes, uploadAs, orgId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Uploads the custom greeting played to intercepted callers from the bytes of a <c>.wav</c> file.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="content">The <c>.wav</c> audio.</param>
    /// <param name="uploadAs">The file name Webex records, ending in <c>.wav</c>.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Sent as <c>multipart/form-data</c> with one <c>audio/wav</c> part. Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task GreetingAsync(string entityId, ReadOnlyMemory<byte> content, string uploadAs, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(uploadAs);
        string path = FeatureUrl(entityId, Feature, "actions", "announcementUpload", "invoke");
        return SettingsUpload.PostWavAsync(Session, path, orgId, content, uploadAs, cancellationToken);
    }

    /// <summary>Uploads the custom greeting played to intercepted callers from a <c>.wav</c> file on disk, uploaded under its own file name.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="path">The path of the <c>.wav</c> file.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Sent as <c>multipart/form-data</c> with one <c>audio/wav</c> part. Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public virtual async Task GreetingAsync(string entityId, string path, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(entityId);
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        await GreetingAsync(entityId, bytes, System.IO.Path.GetFileName(path), orgId, cancellationToken).ConfigureAwait(false);
    }
}
