using System.Text.Json;
using System.Text.Json.Nodes;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.Telephony.Devices;

// The line key templates and the background image list are generated (TelephonyDevicesApi.g.cs, from
// tools/api/telephony/devices-templates.yml). Written here: the upload, a multipart/form-data body, and the delete,
// a DELETE whose JSON body names the images and whose answer reports per image.
public partial class TelephonyDevicesApi
{
    /// <summary>
    /// Uploads a <c>.jpeg</c> or <c>.png</c> image (at most 625 KB), read from a stream, as a background image of the
    /// organisation, through one of its devices.
    /// </summary>
    /// <param name="deviceId">The device.</param>
    /// <param name="content">The image; read to its end (not disposed).</param>
    /// <param name="fileName">The image's file name, ending in <c>.png</c>, <c>.jpg</c> or <c>.jpeg</c>.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The uploaded image's file name and URL, and the organisation's number of images.</returns>
    /// <remarks>
    /// Sent as <c>multipart/form-data</c>: the field <c>fileName</c>, then the <c>file</c> part of type
    /// <c>image/png</c> or <c>image/jpeg</c> (by the name's extension). Read into memory once, so that a retry sends the same body. An
    /// organisation holds up to 100 images. Scopes: <c>spark-admin:telephony_config_write</c>.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="deviceId"/> is not an id, or <paramref name="fileName"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<BackgroundImageUpload> UploadBackgroundImageAsync(string deviceId, Stream content, string fileName,
        string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return await UploadBackgroundImageAsync(deviceId, buffer.ToArray(), fileName, orgId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Uploads a <c>.jpeg</c> or <c>.png</c> image (at most 625 KB), given as bytes, as a background image of the
    /// organisation, through one of its devices.
    /// </summary>
    /// <param name="deviceId">The device.</param>
    /// <param name="content">The image's bytes.</param>
    /// <param name="fileName">The image's file name, ending in <c>.png</c>, <c>.jpg</c> or <c>.jpeg</c>.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The uploaded image's file name and URL, and the organisation's number of images.</returns>
    /// <remarks>
    /// Sent as <c>multipart/form-data</c>: the field <c>fileName</c>, then the <c>file</c> part of type
    /// <c>image/png</c> or <c>image/jpeg</c>. Scopes: <c>spark-admin:telephony_config_write</c>.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="deviceId"/> is not an id, or <paramref name="fileName"/> is empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<BackgroundImageUpload> UploadBackgroundImageAsync(string deviceId, ReadOnlyMemory<byte> content,
        string fileName, string? orgId = null, CancellationToken cancellationToken = default)
    {
        string path = $"telephony/config/devices/{Id(deviceId)}/actions/backgroundImageUpload/invoke";
        var body = RequestContent.File("file", fileName, content.Span, ImageType(fileName), [new("fileName", fileName)]);
        var url = Session.BuildUrl(path, new Query { ["orgId"] = orgId });
        using var response = await Session.SendAsync(HttpMethod.Post, url, body, cancellationToken).ConfigureAwait(false);
        return await Session.ReadJsonAsync(response, TelephonyDevicesJson.Default.BackgroundImageUpload, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// Uploads a <c>.jpeg</c> or <c>.png</c> file on disk (at most 625 KB), under its own file name, as a background
    /// image of the organisation, through one of its devices.
    /// </summary>
    /// <param name="deviceId">The device.</param>
    /// <param name="path">The path of the image file.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The uploaded image's file name and URL, and the organisation's number of images.</returns>
    /// <remarks>Sent as <c>multipart/form-data</c> with one image part. Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="deviceId"/> is not an id, or <paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<BackgroundImageUpload> UploadBackgroundImageAsync(string deviceId, string path, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string fileName = System.IO.Path.GetFileName(path);
        byte[] bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return await UploadBackgroundImageAsync(deviceId, bytes, fileName, orgId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes up to 10 background images by file name; the answer says, per image, whether it was deleted.</summary>
    /// <param name="backgroundImages">The images to delete, at most 10.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The result per image and the organisation's number of images after the delete.</returns>
    /// <remarks>
    /// Sent as a DELETE with the JSON body <c>{"backgroundImages": [{"fileName", "forceDelete"}]}</c>. Webex answers
    /// 206 when some images could not be deleted: their results carry the error. Scopes:
    /// <c>spark-admin:telephony_config_write</c>.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="backgroundImages"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<BackgroundImageDeleteResponse> DeleteBackgroundImagesAsync(
        IEnumerable<BackgroundImageDeleteRequest> backgroundImages, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(backgroundImages);
        var images = new JsonArray();
        foreach (var image in backgroundImages)
            images.Add(JsonSerializer.SerializeToNode(image, TelephonyDevicesJson.Default.BackgroundImageDeleteRequest));
        var body = new JsonObject { ["backgroundImages"] = images };
        var url = Session.BuildUrl("telephony/config/devices/backgroundImages", new Query { ["orgId"] = orgId });
        using var response = await Session.SendAsync(HttpMethod.Delete, url, RequestContent.Json(body, WebexJson.Default.JsonObject),
            cancellationToken).ConfigureAwait(false);
        return await Session.ReadJsonAsync(response, TelephonyDevicesJson.Default.BackgroundImageDeleteResponse, cancellationToken)
            .ConfigureAwait(false);
    }

    // the part's media type from the file name (Webex takes JPEG and PNG and judges anything else itself)
    private static string ImageType(string fileName)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        return System.IO.Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".png" => "image/png",
            ".jpg" or ".jpeg" => "image/jpeg",
            _ => "application/octet-stream",
        };
    }
}
