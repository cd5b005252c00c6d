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
                    if (Uri.TryCreate(target, UriKind.Absolute, out var absolute)) return absolute;
                    if (response.RequestMessage?.RequestUri is { } request && Uri.TryCreate(request, target, out var relative))
                        return relative;
                    return null;
                }
            }
        }
        return null;
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
