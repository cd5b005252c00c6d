namespace WebexCalling.Sdk.Rest;

/// <summary>Reads RFC 8288 <c>Link</c> headers as Webex sends them for pagination.</summary>
internal static class LinkHeader
{
    /// <summary>The target of the first link with <c>rel="next"</c>, or null.</summary>
    internal static Uri? FindNext(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Link", out var values)) return null;
        foreach (string header in values)
        {
            foreach (string link in SplitLinks(header))
            {
                int open = link.IndexOf('<', StringComparison.Ordinal);
                int close = link.IndexOf('>', open + 1);
                if (open < 0 || close < 0) continue;
                string target = link[(open + 1)..close].Trim();
                foreach (string param in link[(close + 1)..].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    int eq = param.IndexOf('=', StringComparison.Ordinal);
                    if (eq < 0 || !param[..eq].Trim().Equals("rel", StringComparison.OrdinalIgnoreCase)) continue;
                    string rel = param[(eq + 1)..].Trim().Trim('"');
                    if (!rel.Split(' ').Contains("next", StringComparer.OrdinalIgnoreCase)) continue;
                    return Resolve(target, response.RequestMessage?.RequestUri);
                }
            }
        }
        return null;
    }

    // only http(s) URLs are absolute: on Linux and macOS Uri reads "/v1/locations?start=2" as file:///v1/…, where
    // RFC 8288 means a path relative to the page's URL
    private static Uri? Resolve(string target, Uri? page)
    {
        if (Uri.TryCreate(target, UriKind.Absolute, out var absolute)
            && (absolute.Scheme == Uri.UriSchemeHttps || absolute.Scheme == Uri.UriSchemeHttp))
            return absolute;
        if (page is null) return null;
        if (target.StartsWith('/') && !target.StartsWith("//", StringComparison.Ordinal))
            return new Uri(page.GetLeftPart(UriPartial.Authority) + target);
        return Uri.TryCreate(page, target, out var relative) ? relative : null;
    }

    // links are separated by commas, but a URL may contain commas too (id=a,b): split only outside <...>
    private static IEnumerable<string> SplitLinks(string header)
    {
        int depth = 0, start = 0;
        for (int i = 0; i < header.Length; i++)
        {
            char c = header[i];
            if (c == '<') depth++;
            else if (c == '>') depth = Math.Max(0, depth - 1);
            else if (c == ',' && depth == 0)
            {
                yield return header[start..i];
                start = i + 1;
            }
        }
        if (start < header.Length) yield return header[start..];
    }
}
