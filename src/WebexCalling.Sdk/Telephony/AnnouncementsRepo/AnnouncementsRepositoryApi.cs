using System.Text.Json;
using System.Text.Json.Nodes;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.Telephony.AnnouncementsRepo;

// The list is generated (AnnouncementsRepositoryApi.g.cs). The other members take an optional location, which moves
// the request to that location's repository (telephony/config/locations/{id}/announcements/...), as wxc_sdk does; and
// uploads are multipart (the audio) or JSON (a file URI): both are written here.
public partial class AnnouncementsRepositoryApi
{
    /// <summary>Uploads an announcement from a stream of a <c>.wav</c> file and returns its id.</summary>
    /// <param name="name">The announcement's label.</param>
    /// <param name="content">The <c>.wav</c> audio; read to its end (not disposed).</param>
    /// <param name="uploadAs">The file name Webex records, ending in <c>.wav</c>.</param>
    /// <param name="isTextToSpeech">Whether the announcement was generated from text.</param>
    /// <param name="locationId">The location whose repository gets the file; null: the organisation's.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new announcement's id.</returns>
    /// <remarks>
    /// Sent as <c>multipart/form-data</c>: the fields <c>name</c> and <c>is_text_to_speech</c>, then the <c>file</c> part
    /// of type <c>audio/wav</c>. Read into memory once, so that a retry sends the same body. Scopes:
    /// <c>spark-admin:telephony_config_write</c>.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="uploadAs"/> is empty, or <paramref name="locationId"/> is not an id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<string> UploadAnnouncementAsync(string name, Stream content, string uploadAs,
        bool isTextToSpeech = false, string? locationId = null, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        byte[] bytes = await ReadAllAsync(content, cancellationToken).ConfigureAwait(false);
        return await UploadAnnouncementAsync(name, bytes, uploadAs, isTextToSpeech, locationId, orgId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Uploads an announcement from the bytes of a <c>.wav</c> file and returns its id.</summary>
    /// <param name="name">The announcement's label.</param>
    /// <param name="content">The <c>.wav</c> audio.</param>
    /// <param name="uploadAs">The file name Webex records, ending in <c>.wav</c>.</param>
    /// <param name="isTextToSpeech">Whether the announcement was generated from text.</param>
    /// <param name="locationId">The location whose repository gets the file; null: the organisation's.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new announcement's id.</returns>
    /// <remarks>
    /// Sent as <c>multipart/form-data</c>: the fields <c>name</c> and <c>is_text_to_speech</c>, then the <c>file</c> part
    /// of type <c>audio/wav</c>. Scopes: <c>spark-admin:telephony_config_write</c>.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="uploadAs"/> is empty, or <paramref name="locationId"/> is not an id.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<string> UploadAnnouncementAsync(string name, ReadOnlyMemory<byte> content, string uploadAs,
        bool isTextToSpeech = false, string? locationId = null, string? orgId = null, CancellationToken cancellationToken = default)
    {
        var body = WavBody(name, content, uploadAs, isTextToSpeech);
        var answer = await SendAsync(HttpMethod.Post, RepositoryPath(locationId), orgId, body, cancellationToken).ConfigureAwait(false);
        return ResponseFields.CreatedId(answer);
    }

    /// <summary>Uploads a <c>.wav</c> file on disk as an announcement, under its own file name, and returns its id.</summary>
    /// <param name="name">The announcement's label.</param>
    /// <param name="path">The path of the <c>.wav</c> file.</param>
    /// <param name="isTextToSpeech">Whether the announcement was generated from text.</param>
    /// <param name="locationId">The location whose repository gets the file; null: the organisation's.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new announcement's id.</returns>
    /// <remarks>Sent as <c>multipart/form-data</c> with one <c>audio/wav</c> part. Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="path"/> is empty, or <paramref name="locationId"/> is not an id.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<string> UploadAnnouncementAsync(string name, string path, bool isTextToSpeech = false,
        string? locationId = null, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return await UploadAnnouncementAsync(name, bytes, System.IO.Path.GetFileName(path), isTextToSpeech, locationId, orgId,
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Creates an announcement from audio Webex already has (e.g. the <c>FileUri</c> of a text-to-speech generation)
    /// and returns its id.
    /// </summary>
    /// <param name="name">The announcement's label.</param>
    /// <param name="fileUri">The audio's URI.</param>
    /// <param name="fileName">The file name Webex records, e.g. <c>greeting.wav</c>.</param>
    /// <param name="isTextToSpeech">Whether the announcement was generated from text.</param>
    /// <param name="locationId">The location whose repository gets the file; null: the organisation's.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new announcement's id.</returns>
    /// <remarks>Sent as JSON (<c>name</c>, <c>fileUri</c>, <c>fileName</c>, <c>isTextToSpeech</c>), as the 2026 reference documents. Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="fileName"/> is empty, or <paramref name="locationId"/> is not an id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="fileUri"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<string> UploadAnnouncementAsync(string name, Uri fileUri, string fileName, bool isTextToSpeech = false,
        string? locationId = null, string? orgId = null, CancellationToken cancellationToken = default)
    {
        var body = UriBody(name, fileUri, fileName, isTextToSpeech);
        var answer = await SendAsync(HttpMethod.Post, RepositoryPath(locationId), orgId, body, cancellationToken).ConfigureAwait(false);
        return ResponseFields.CreatedId(answer);
    }

    /// <summary>Reads how much of the organisation's (or a location's) repository is used, and its size limits.</summary>
    /// <param name="locationId">The location whose repository is measured; null: the organisation's.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="locationId"/> is not an id.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<RepositoryUsage> UsageAsync(string? locationId = null, string? orgId = null,
        CancellationToken cancellationToken = default) =>
        Session.GetAsync(RepositoryPath(locationId, "usage"), new Query { ["orgId"] = orgId },
            AnnouncementsRepoJson.Default.RepositoryUsage, cancellationToken);

    /// <summary>Reads an announcement with the features and playlists that use it.</summary>
    /// <param name="announcementId">The announcement.</param>
    /// <param name="locationId">The location whose repository holds it; null: the organisation's.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="announcementId"/> or <paramref name="locationId"/> is not an id.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<RepoAnnouncement> DetailsAsync(string announcementId, string? locationId = null, string? orgId = null,
        CancellationToken cancellationToken = default) =>
        Session.GetAsync(RepositoryPath(locationId, Id(announcementId)), new Query { ["orgId"] = orgId },
            AnnouncementsRepoJson.Default.RepoAnnouncement, cancellationToken);

    /// <summary>Replaces an announcement's label and audio from a stream of a <c>.wav</c> file.</summary>
    /// <param name="announcementId">The announcement.</param>
    /// <param name="name">The announcement's label.</param>
    /// <param name="content">The new <c>.wav</c> audio; read to its end (not disposed).</param>
    /// <param name="uploadAs">The file name Webex records, ending in <c>.wav</c>.</param>
    /// <param name="isTextToSpeech">Whether the announcement was generated from text.</param>
    /// <param name="locationId">The location whose repository holds it; null: the organisation's.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Sent as <c>multipart/form-data</c> like an upload. Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException">An id is not an id, or <paramref name="name"/> or <paramref name="uploadAs"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task ModifyAsync(string announcementId, string name, Stream content, string uploadAs,
        bool isTextToSpeech = false, string? locationId = null, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        byte[] bytes = await ReadAllAsync(content, cancellationToken).ConfigureAwait(false);
        await ModifyAsync(announcementId, name, bytes, uploadAs, isTextToSpeech, locationId, orgId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replaces an announcement's label and audio from the bytes of a <c>.wav</c> file.</summary>
    /// <param name="announcementId">The announcement.</param>
    /// <param name="name">The announcement's label.</param>
    /// <param name="content">The new <c>.wav</c> audio.</param>
    /// <param name="uploadAs">The file name Webex records, ending in <c>.wav</c>.</param>
    /// <param name="isTextToSpeech">Whether the announcement was generated from text.</param>
    /// <param name="locationId">The location whose repository holds it; null: the organisation's.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>
    /// Sent as <c>multipart/form-data</c> like an upload; the 2026 reference answers 204 without a body (wxc_sdk
    /// expected the id back). Scopes: <c>spark-admin:telephony_config_write</c>.
    /// </remarks>
    /// <exception cref="ArgumentException">An id is not an id, or <paramref name="name"/> or <paramref name="uploadAs"/> is empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task ModifyAsync(string announcementId, string name, ReadOnlyMemory<byte> content, string uploadAs,
        bool isTextToSpeech = false, string? locationId = null, string? orgId = null, CancellationToken cancellationToken = default)
    {
        string path = RepositoryPath(locationId, Id(announcementId));
        var body = WavBody(name, content, uploadAs, isTextToSpeech);
        await SendAsync(HttpMethod.Put, path, orgId, body, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replaces an announcement's label and audio from a <c>.wav</c> file on disk, under its own file name.</summary>
    /// <param name="announcementId">The announcement.</param>
    /// <param name="name">The announcement's label.</param>
    /// <param name="path">The path of the <c>.wav</c> file.</param>
    /// <param name="isTextToSpeech">Whether the announcement was generated from text.</param>
    /// <param name="locationId">The location whose repository holds it; null: the organisation's.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Sent as <c>multipart/form-data</c> like an upload. Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException">An id is not an id, or <paramref name="name"/> or <paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task ModifyAsync(string announcementId, string name, string path, bool isTextToSpeech = false,
        string? locationId = null, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        await ModifyAsync(announcementId, name, bytes, System.IO.Path.GetFileName(path), isTextToSpeech, locationId, orgId,
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replaces an announcement's label and audio with audio Webex already has (e.g. a text-to-speech file URI).</summary>
    /// <param name="announcementId">The announcement.</param>
    /// <param name="name">The announcement's label.</param>
    /// <param name="fileUri">The audio's URI.</param>
    /// <param name="fileName">The file name Webex records, e.g. <c>greeting.wav</c>.</param>
    /// <param name="isTextToSpeech">Whether the announcement was generated from text.</param>
    /// <param name="locationId">The location whose repository holds it; null: the organisation's.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Sent as JSON (<c>name</c>, <c>fileUri</c>, <c>fileName</c>, <c>isTextToSpeech</c>). Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException">An id is not an id, or <paramref name="name"/> or <paramref name="fileName"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="fileUri"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task ModifyAsync(string announcementId, string name, Uri fileUri, string fileName, bool isTextToSpeech = false,
        string? locationId = null, string? orgId = null, CancellationToken cancellationToken = default)
    {
        string path = RepositoryPath(locationId, Id(announcementId));
        var body = UriBody(name, fileUri, fileName, isTextToSpeech);
        await SendAsync(HttpMethod.Put, path, orgId, body, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes an announcement from the organisation's (or a location's) repository.</summary>
    /// <param name="announcementId">The announcement.</param>
    /// <param name="locationId">The location whose repository holds it; null: the organisation's.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="announcementId"/> or <paramref name="locationId"/> is not an id.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task DeleteAsync(string announcementId, string? locationId = null, string? orgId = null,
        CancellationToken cancellationToken = default) =>
        Session.DeleteAsync(RepositoryPath(locationId, Id(announcementId)), new Query { ["orgId"] = orgId }, cancellationToken);

    // telephony/config/announcements/... or, for a location, telephony/config/locations/{locationId}/announcements/...
    private static string RepositoryPath(string? locationId, string? rest = null)
    {
        string root = locationId is null ? "telephony/config/announcements" : $"telephony/config/locations/{Id(locationId)}/announcements";
        return rest is null ? root : root + "/" + rest;
    }

    // wxc_sdk's part names: the label, the text-to-speech flag, then the audio as "file"
    private static RequestContent WavBody(string name, ReadOnlyMemory<byte> content, string uploadAs, bool isTextToSpeech)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(uploadAs);
        return RequestContent.File("file", uploadAs, content.Span, "audio/wav",
            [new("name", name), new("is_text_to_speech", isTextToSpeech ? "true" : "false")]);
    }

    // the 2026 reference's JSON body (wxc_sdk sends is_text_to_speech, a name the schema lacks)
    private static RequestContent UriBody(string name, Uri fileUri, string fileName, bool isTextToSpeech)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(fileUri);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        var body = new JsonObject
        {
            ["name"] = name,
            ["fileUri"] = fileUri.OriginalString,
            ["fileName"] = fileName,
            ["isTextToSpeech"] = isTextToSpeech,
        };
        return RequestContent.Json(body, WebexJson.Default.JsonObject);
    }

    // the answer's JSON (an empty body, as a 204 has, reads as an empty object)
    private async Task<JsonElement> SendAsync(HttpMethod method, string path, string? orgId, RequestContent body,
        CancellationToken cancellationToken)
    {
        var url = Session.BuildUrl(path, new Query { ["orgId"] = orgId });
        using var response = await Session.SendAsync(method, url, body, cancellationToken).ConfigureAwait(false);
        byte[] answer = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        using var document = JsonDocument.Parse(answer.Length == 0 ? "{}"u8.ToArray() : answer);
        return document.RootElement.Clone();
    }

    private static async Task<byte[]> ReadAllAsync(Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }
}
