using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Uploads of <c>.wav</c> greetings and announcements: a <c>multipart/form-data</c> POST with one part named
/// <c>file</c> of type <c>audio/wav</c>, as wxc_sdk sends it. The bytes are read once so that a retry sends them again.
/// Each upload member offers the audio as a stream, as bytes and as a file on disk: the three overloads end here.
/// </summary>
internal static class SettingsUpload
{
    /// <summary>Posts the bytes of a <c>.wav</c> file under the name <paramref name="uploadAs"/>.</summary>
    internal static async Task PostWavAsync(RestSession session, string path, string? orgId, ReadOnlyMemory<byte> content,
        string uploadAs, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(uploadAs);
        var body = RequestContent.File("file", uploadAs, content.Span, "audio/wav");
        var url = session.BuildUrl(path, new Query { ["orgId"] = orgId });
        using var response = await session.SendAsync(HttpMethod.Post, url, body, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a stream to its end (it is not disposed) and posts what it held.</summary>
    internal static async Task PostWavAsync(RestSession session, string path, string? orgId, Stream content, string uploadAs,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrEmpty(uploadAs);
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        await PostWavAsync(session, path, orgId, buffer.ToArray(), uploadAs, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Posts a file on disk under its own file name.</summary>
    internal static async Task PostWavFileAsync(RestSession session, string path, string? orgId, string file,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(file);
        byte[] bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
        await PostWavAsync(session, path, orgId, bytes, Path.GetFileName(file), cancellationToken).ConfigureAwait(false);
    }
}
