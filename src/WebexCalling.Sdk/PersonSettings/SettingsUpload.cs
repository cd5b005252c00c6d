using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Uploads of <c>.wav</c> greetings and announcements: a <c>multipart/form-data</c> POST with one part named
/// <c>file</c> of type <c>audio/wav</c>, as wxc_sdk sends it. The bytes are read once so that a retry sends them again.
/// </summary>
internal static class SettingsUpload
{
    internal static async Task PostWavAsync(RestSession session, string path, string? orgId, ReadOnlyMemory<byte> content,
        string uploadAs, CancellationToken cancellationToken)
    {
        var body = RequestContent.File("file", uploadAs, content.Span, "audio/wav");
        var url = session.BuildUrl(path, new Query { ["orgId"] = orgId });
        using var response = await session.SendAsync(HttpMethod.Post, url, body, cancellationToken).ConfigureAwait(false);
    }

    internal static async Task<byte[]> ReadAllAsync(Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }
}
