using System.Text.RegularExpressions;

namespace WebexCalling.Sdk.Rest;

/// <summary>Removes secrets from text before it reaches a log line or an exception message.</summary>
internal static partial class Redaction
{
    internal const string Mask = "***";

    // JSON ("access_token": "...") and form (refresh_token=...) fields that carry secrets
    [GeneratedRegex("""(?<key>"(?:access_token|refresh_token|id_token|client_secret|secret|password|passcode|accessToken|refreshToken|clientSecret)"\s*:\s*)"(?:[^"\\]|\\.)*"|(?<form>(?:^|&)(?:access_token|refresh_token|client_secret|code|password)=)[^&]*""",
        RegexOptions.CultureInvariant)]
    private static partial Regex SecretFields();

    /// <summary>Masks known secret fields and, when given, every occurrence of the current access token.</summary>
    internal static string Body(string text, string? accessToken = null)
    {
        if (string.IsNullOrEmpty(text)) return text;
        string masked = SecretFields().Replace(text, m => m.Groups["key"].Success
            ? m.Groups["key"].Value + "\"" + Mask + "\""
            : m.Groups["form"].Value + Mask);
        return Token(masked, accessToken);
    }

    /// <summary>Masks every occurrence of <paramref name="accessToken"/> in <paramref name="text"/>.</summary>
    internal static string Token(string text, string? accessToken) =>
        string.IsNullOrEmpty(accessToken) || accessToken.Length < 8 || string.IsNullOrEmpty(text)
            ? text
            : text.Replace(accessToken, Mask, StringComparison.Ordinal);
}
