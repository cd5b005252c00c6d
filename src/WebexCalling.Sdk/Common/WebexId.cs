using System.Text;

namespace WebexCalling.Sdk.Common;

/// <summary>Helpers for Webex ids: base64 of a URI like <c>ciscospark://us/PEOPLE/&lt;uuid&gt;</c>.</summary>
public static class WebexId
{
    /// <summary>
    /// The UUID inside a Webex id (the last segment of the decoded URI), as Control Hub shows ids; null for null
    /// input; the input itself when it is not a base64 Webex id.
    /// </summary>
    /// <param name="webexId">A Webex id such as a person or location id.</param>
    public static string? ToUuid(string? webexId)
    {
        if (string.IsNullOrEmpty(webexId)) return webexId;
        string padded = webexId.Replace('-', '+').Replace('_', '/');
        padded = padded.PadRight(padded.Length + (4 - padded.Length % 4) % 4, '=');
        var buffer = new byte[padded.Length];
        if (!Convert.TryFromBase64String(padded, buffer, out int written)) return webexId;
        string decoded = Encoding.UTF8.GetString(buffer, 0, written);
        int slash = decoded.LastIndexOf('/');
        return decoded.StartsWith("ciscospark://", StringComparison.Ordinal) && slash >= 0 ? decoded[(slash + 1)..] : webexId;
    }
}
