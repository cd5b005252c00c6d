using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Infrastructure;

/// <summary>
/// Link-header pagination as Webex does it: <c>max</c> sets the page size (capped per endpoint and by
/// <see cref="WebexSimulatorOptions.MaxPageSize"/>), <c>start</c> the offset; when more items follow, the answer carries
/// <c>Link: &lt;absolute url&gt;; rel="next"</c> on the request's own scheme and host, with the caller's filters kept.
/// </summary>
internal static class Paging
{
    /// <summary>Reads <c>start</c> and <c>max</c>; an error result when either is not a usable number.</summary>
    public static bool TryRead(HttpContext context, SimulatorState state, int defaultMax, int endpointCap,
        out int start, out int max, out IResult? error)
    {
        start = 0;
        max = 0;
        error = null;
        var query = context.Request.Query;
        if (query.TryGetValue("start", out var startText)
            && (!int.TryParse(startText, NumberStyles.None, CultureInfo.InvariantCulture, out start) || start < 0))
        {
            error = SimResults.BadRequest(context, $"Invalid value for parameter 'start': '{startText}'.");
            return false;
        }
        int cap = Math.Max(1, Math.Min(endpointCap, state.Options.MaxPageSize));
        if (query.TryGetValue("max", out var maxText))
        {
            if (!int.TryParse(maxText, NumberStyles.None, CultureInfo.InvariantCulture, out max) || max < 1)
            {
                error = SimResults.BadRequest(context, $"Invalid value for parameter 'max': '{maxText}'.");
                return false;
            }
        }
        else
        {
            max = defaultMax;
        }
        max = Math.Min(max, cap);
        return true;
    }

    /// <summary>
    /// Answers one page of <paramref name="all"/>: <c>{"&lt;itemsKey&gt;": [...]}</c> plus the next link. Call it under
    /// the state lock: it projects the page's records to JSON.
    /// </summary>
    public static IResult Page<T>(HttpContext context, SimulatorState state, IReadOnlyList<T> all, Func<T, JsonNode> project,
        string itemsKey = "items", int defaultMax = 100, int endpointCap = 1000, Action<JsonObject>? decorate = null)
    {
        if (!TryRead(context, state, defaultMax, endpointCap, out int start, out int max, out var error)) return error!;
        var items = new JsonArray();
        int end = (int)Math.Min((long)start + max, all.Count);
        for (int i = start; i < end; i++) items.Add(project(all[i]));
        var body = new JsonObject { [itemsKey] = items };
        decorate?.Invoke(body);
        if (end < all.Count)
            context.Response.Headers.Append("Link", $"<{NextUrl(context.Request, end, max)}>; rel=\"next\"");
        return SimResults.Json(body);
    }

    private static string NextUrl(HttpRequest request, int start, int max)
    {
        var sb = new StringBuilder();
        sb.Append(request.Scheme).Append("://").Append(request.Host.Value)
            .Append(request.PathBase.Value).Append(request.Path.Value).Append('?');
        foreach (var (key, values) in request.Query)
        {
            if (key is "start" or "max") continue;
            foreach (var value in values)
                sb.Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value ?? "")).Append('&');
        }
        sb.Append("start=").Append(start.ToString(CultureInfo.InvariantCulture))
            .Append("&max=").Append(max.ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }
}
