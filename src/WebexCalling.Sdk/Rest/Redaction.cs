using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace WebexCalling.Sdk.Rest;

/// <summary>
/// Removes secrets from text before it reaches a log line or an exception message: every logged body (request and
/// answer, JSON and form) and every error text built from an answer goes through <see cref="Body"/>.
/// </summary>
/// <remarks>
/// JSON is masked by structure, not by pattern: string values are decoded first, so an escaped secret
/// (<c>\u0026client_secret=…</c>, <c>\"refresh_token\"</c>) or a form body or JSON document inside a string value is
/// found too. Text that is not JSON (a form, an HTML error page, a truncated answer) is masked by pattern, escaped
/// quotes and <c>\u0026</c>/<c>%26</c> separators included.
/// </remarks>
internal static partial class Redaction
{
    internal const string Mask = "***";

    private const int MaxNesting = 4;

    // THE list: field names whose values are secrets, compared without case, '_' and '-' (access_token = accessToken)
    private static readonly FrozenSet<string> SecretNames = new[]
    {
        "accesstoken", "refreshtoken", "idtoken", "token", "clientsecret", "secret", "password", "passcode", "pin",
        "clientassertion", "codeverifier", "authorizationcode", "authcode", "activationcode",
        // outgoing-permission access codes (location: deleteCodes lists the codes to remove), DECT access codes
        "accesscode", "defaultaccesscode", "deletecodes",
        "voicemailpin", "defaultvoicemailpin",
        // device settings: the LDAP bind password and the Wi-Fi phone's local security password
        "bindpw", "phonesecuritypwd",
    }.ToFrozenSet(StringComparer.Ordinal);

    // ...and any name ending in one of these: sipPassword, oneTimePassword, newPasscode, confirmPasscode, webhookSecret
    private static readonly string[] SecretSuffixes = ["password", "passcode", "secret", "token"];

    // `code` is the OAuth authorization code in a form, an access code in a JSON string; Webex's error entries
    // ({"errors": [{"description": …, "code": …}]}, {"error": {"message": [{…, "code": "4003"}]}}) and numeric codes stay
    private const string Code = "code";

    private static readonly JavaScriptEncoder Readable = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>True when a field of this name carries a secret (the one list, for JSON and form fields alike).</summary>
    internal static bool IsSecretName(string name)
    {
        string key = Normalize(name);
        if (SecretNames.Contains(key)) return true;
        foreach (string suffix in SecretSuffixes)
            if (key.EndsWith(suffix, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Masks secret fields and, when given, every occurrence of the current access token.</summary>
    internal static string Body(string text, string? accessToken = null)
    {
        if (string.IsNullOrEmpty(text)) return text;
        return Token(Text(text, 0), accessToken);
    }

    /// <summary>
    /// The path and query of a URL as logs and exception messages show it: the values of secret-named query
    /// parameters (an access code filter, <c>code</c>, a password) masked.
    /// </summary>
    internal static string PathAndQuery(Uri uri)
    {
        string text = uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
        int query = text.IndexOf('?', StringComparison.Ordinal);
        if (query < 0) return text;
        string[] pairs = text[(query + 1)..].Split('&');
        for (int i = 0; i < pairs.Length; i++)
        {
            int equals = pairs[i].IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0) continue;
            string name = Uri.UnescapeDataString(pairs[i][..equals]);
            if (name == Code || IsSecretName(name)) pairs[i] = pairs[i][..(equals + 1)] + Mask;
        }
        return text[..(query + 1)] + string.Join('&', pairs);
    }

    /// <summary>The values of a URL's secret-named query parameters, decoded (to mask them where an answer echoes them).</summary>
    internal static IReadOnlyCollection<string> SecretValues(Uri uri)
    {
        if (!uri.IsAbsoluteUri || uri.Query.Length < 2) return [];
        var values = new List<string>();
        foreach (string pair in uri.Query[1..].Split('&'))
        {
            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0) continue;
            string name = Uri.UnescapeDataString(pair[..equals]);
            if (name != Code && !IsSecretName(name)) continue;
            // a list filter is comma-separated: each value on its own, as an echo may quote one
            foreach (string value in Uri.UnescapeDataString(pair[(equals + 1)..]).Split(','))
                if (value.Length > 0) values.Add(value);
        }
        return values;
    }

    /// <summary>Masks every occurrence of <paramref name="accessToken"/> in <paramref name="text"/>.</summary>
    internal static string Token(string text, string? accessToken) =>
        string.IsNullOrEmpty(accessToken) || accessToken.Length < 8 || string.IsNullOrEmpty(text)
            ? text
            : text.Replace(accessToken, Mask, StringComparison.Ordinal);

    /// <summary>Masks every occurrence of each value (secrets a request carried, should the answer echo them).</summary>
    internal static string Values(string text, IReadOnlyCollection<string> values)
    {
        if (string.IsNullOrEmpty(text)) return text;
        // longest first, so that a secret containing another is masked whole
        foreach (string value in values.OrderByDescending(v => v.Length))
            if (value.Length >= 4) text = text.Replace(value, Mask, StringComparison.Ordinal);
        return text;
    }

    /// <summary>The secret values a request body (JSON or form) carries, as sent and decoded.</summary>
    internal static IReadOnlyCollection<string> SecretValues(ReadOnlySpan<byte> body)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (body.IsEmpty) return found;
        string text = Encoding.UTF8.GetString(body);
        try
        {
            using var doc = JsonDocument.Parse(text);
            Collect(doc.RootElement, secret: false, inError: false, found);
            return found;
        }
        catch (JsonException)
        {
        }
        foreach (string part in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) continue;
            string name = Uri.UnescapeDataString(part[..eq]);
            if (!IsSecretName(name) && name != Code) continue;
            string raw = part[(eq + 1)..];
            found.Add(raw);
            found.Add(Uri.UnescapeDataString(raw.Replace('+', ' ')));
        }
        return found;
    }

    private static void Collect(JsonElement element, bool secret, bool inError, HashSet<string> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    bool isSecret = IsSecretName(property.Name)
                        || (property.Name == Code && !inError && property.Value.ValueKind == JsonValueKind.String);
                    Collect(property.Value, isSecret, inError || IsErrorName(property.Name), found);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) Collect(item, secret, inError, found);
                break;
            case JsonValueKind.String when secret:
                found.Add(element.GetString()!);
                break;
            case JsonValueKind.Number when secret:
                found.Add(element.GetRawText());
                break;
        }
    }

    private static string Text(string text, int depth)
    {
        if (depth > MaxNesting || text.Length == 0) return text;
        return TryJson(text, depth, out string? masked) ? masked : Pattern(text);
    }

    private static bool TryJson(string text, int depth, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? masked)
    {
        masked = null;
        var span = text.AsSpan().TrimStart();
        if (span.IsEmpty || span[0] is not ('{' or '[')) return false;
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return false;
        }
        using (doc)
        {
            var buffer = new ArrayBufferWriter<byte>(text.Length + 16);
            bool changed = false;
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Readable, SkipValidation = true }))
                Walk(doc.RootElement, writer, secret: false, inError: false, depth, ref changed);
            // untouched JSON is logged as it came, layout included
            masked = changed ? Encoding.UTF8.GetString(buffer.WrittenSpan) : text;
            return true;
        }
    }

    private static void Walk(JsonElement element, Utf8JsonWriter writer, bool secret, bool inError, int depth, ref bool changed)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    bool isSecret = IsSecretName(property.Name)
                        || (property.Name == Code && !inError && property.Value.ValueKind == JsonValueKind.String);
                    Walk(property.Value, writer, isSecret, inError || IsErrorName(property.Name), depth, ref changed);
                }
                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray()) Walk(item, writer, secret, inError, depth, ref changed);
                writer.WriteEndArray();
                break;
            case JsonValueKind.String or JsonValueKind.Number when secret:
                writer.WriteStringValue(Mask);
                changed = true;
                break;
            case JsonValueKind.String:
                // decoded, so escapes hide nothing; a string may hold a form body or a JSON document of its own
                string value = element.GetString()!;
                string inner = Text(value, depth + 1);
                if (!ReferenceEquals(inner, value) && inner != value) changed = true;
                writer.WriteStringValue(inner);
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    private static string Pattern(string text)
    {
        text = QuotedPair().Replace(text, static m =>
        {
            string name = m.Groups["name"].Value;
            bool quoted = !m.Groups["bare"].Success;
            return IsSecretName(name) || (name == Code && quoted)
                ? m.Groups["pre"].Value + (quoted ? "\"" + Mask + "\"" : Mask)
                : m.Value;
        });
        return FormPair().Replace(text, static m =>
            IsSecretName(m.Groups["name"].Value) || m.Groups["name"].Value == Code ? m.Groups["pre"].Value + Mask : m.Value);
    }

    // "name": "value" in text that is not JSON as a whole, quotes escaped (\" \\\" \u0022) or not
    [GeneratedRegex("""
        (?<pre>(?:\\*"|\\u0022)(?<name>[A-Za-z][\w-]*)(?:\\*"|\\u0022)\s*:\s*)
        (?:"(?:[^"\\]|\\.)*"|\\+"(?:(?!\\+").)*\\+"|\\u0022(?:(?!\\u0022).)*\\u0022|(?<bare>[^,}\]\s&"\\]+))
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex QuotedPair();

    // name=value of a form or query, also after an escaped separator (\u0026, %26) or URL-encoded (%3D)
    [GeneratedRegex("""
        (?<pre>(?:(?<=\\u0026|%26|%3F)|(?<![\w-]))(?<name>[A-Za-z][\w-]*)(?:=|%3D))
        [^&\s"'<>\\,;]*
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase)]
    private static partial Regex FormPair();

    private static bool IsErrorName(string name) => name is "error" or "errors";

    private static string Normalize(string name)
    {
        Span<char> buffer = name.Length <= 64 ? stackalloc char[name.Length] : new char[name.Length];
        int n = 0;
        foreach (char c in name)
            if (c is not ('_' or '-')) buffer[n++] = char.ToLowerInvariant(c);
        return new string(buffer[..n]);
    }
}
