using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace WebexCalling.Sdk.Rest;

/// <summary>
/// A request body, serialized once so that a retry sends exactly the same bytes again.
/// </summary>
public sealed class RequestContent
{
    private RequestContent(ReadOnlyMemory<byte> bytes, string mediaType)
    {
        Bytes = bytes;
        MediaType = mediaType;
    }

    /// <summary>The body.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>Its media type, as sent in <c>Content-Type</c>.</summary>
    public string MediaType { get; }

    /// <summary>A JSON body (<c>application/json; charset=utf-8</c>).</summary>
    /// <typeparam name="T">The body's type.</typeparam>
    /// <param name="value">The value to serialize.</param>
    /// <param name="typeInfo">Its serialization metadata.</param>
    public static RequestContent Json<T>(T value, JsonTypeInfo<T> typeInfo) =>
        new(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo), "application/json; charset=utf-8");

    /// <summary>A JSON body already serialized to UTF-8.</summary>
    internal static RequestContent Json(ReadOnlyMemory<byte> utf8) => new(utf8, "application/json; charset=utf-8");

    /// <summary>A form body (<c>application/x-www-form-urlencoded</c>), as the OAuth token endpoint expects.</summary>
    /// <param name="fields">The form fields; null values are left out.</param>
    public static RequestContent Form(IEnumerable<KeyValuePair<string, string?>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var sb = new StringBuilder();
        foreach (var (key, value) in fields)
        {
            if (value is null) continue;
            if (sb.Length > 0) sb.Append('&');
            sb.Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
        }
        return new(Encoding.UTF8.GetBytes(sb.ToString()), "application/x-www-form-urlencoded");
    }

    /// <summary>
    /// A <c>multipart/form-data</c> body with a single file part, as Webex's upload endpoints (greetings,
    /// announcements) expect.
    /// </summary>
    /// <param name="fieldName">The form field's name, e.g. <c>file</c>.</param>
    /// <param name="fileName">The file name Webex sees, e.g. <c>greeting.wav</c>.</param>
    /// <param name="content">The file's bytes.</param>
    /// <param name="contentType">The part's media type, e.g. <c>audio/wav</c>.</param>
    public static RequestContent File(string fieldName, string fileName, ReadOnlySpan<byte> content, string contentType) =>
        File(fieldName, fileName, content, contentType, fields: null);

    /// <summary>
    /// A <c>multipart/form-data</c> body with text fields before one file part, as Webex's announcement repository
    /// expects (the label and flags as fields, the audio as the file).
    /// </summary>
    /// <param name="fieldName">The file part's name, e.g. <c>file</c>.</param>
    /// <param name="fileName">The file name Webex sees, e.g. <c>greeting.wav</c>.</param>
    /// <param name="content">The file's bytes.</param>
    /// <param name="contentType">The file part's media type, e.g. <c>audio/wav</c>.</param>
    /// <param name="fields">Text parts sent before the file, in this order; null values are left out.</param>
    public static RequestContent File(string fieldName, string fileName, ReadOnlySpan<byte> content, string contentType,
        IEnumerable<KeyValuePair<string, string?>>? fields)
    {
        ArgumentException.ThrowIfNullOrEmpty(fieldName);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        ArgumentException.ThrowIfNullOrEmpty(contentType);
        string boundary = "----WebexCallingSdk" + Guid.NewGuid().ToString("N");
        var head = new StringBuilder();
        foreach (var (name, value) in fields ?? [])
        {
            if (value is null) continue;
            head.Append("--").Append(boundary).Append("\r\nContent-Disposition: form-data; name=\"").Append(HeaderSafe(name))
                .Append("\"\r\n\r\n").Append(value).Append("\r\n");
        }
        head.Append("--").Append(boundary).Append("\r\nContent-Disposition: form-data; name=\"").Append(HeaderSafe(fieldName))
            .Append("\"; filename=\"").Append(HeaderSafe(fileName)).Append("\"\r\nContent-Type: ").Append(HeaderSafe(contentType))
            .Append("\r\n\r\n");
        string tail = $"\r\n--{boundary}--\r\n";
        string headText = head.ToString();
        int headLength = Encoding.UTF8.GetByteCount(headText);
        var bytes = new byte[headLength + content.Length + Encoding.UTF8.GetByteCount(tail)];
        Encoding.UTF8.GetBytes(headText, bytes);
        content.CopyTo(bytes.AsSpan(headLength));
        Encoding.UTF8.GetBytes(tail, bytes.AsSpan(headLength + content.Length));
        return new(bytes, $"multipart/form-data; boundary={boundary}");
    }

    // Quotes and line breaks would end the header value early.
    private static string HeaderSafe(string value) =>
        value.Replace('"', '_').Replace('\r', '_').Replace('\n', '_');

    /// <summary>Describes the body without its content, which may hold secrets.</summary>
    public override string ToString() => $"{MediaType} ({Bytes.Length} bytes)";
}
