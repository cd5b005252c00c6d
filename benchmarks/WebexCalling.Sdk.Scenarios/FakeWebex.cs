using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace WebexCalling.Sdk.Scenarios;

/// <summary>
/// A loopback Kestrel server that answers like Webex: people in pages with a Link header, a person's call
/// forwarding (GET and PUT), a fixed latency per request and, when set, a token bucket answering 429 + Retry-After.
/// </summary>
internal sealed class FakeWebex : IAsyncDisposable
{
    public const int Latency = 20; // ms per request
    private readonly WebApplication _app;
    private readonly Dictionary<(int, int), byte[]> _pages = [];
    private readonly object _bucketLock = new();
    private double _tokens;
    private long _refilled;
    private int _throttled;

    public int People { get; set; } = 10_000;

    /// <summary>Requests per second allowed (burst: the same number), or null for no limit.</summary>
    public int? Limit { get; private set; }

    public int Throttled => Volatile.Read(ref _throttled);

    public string BaseUrl { get; private set; } = "";

    public static readonly string Forwarding = """
        {"callForwarding":{"always":{"enabled":false,"destination":"","ringReminderEnabled":false,"destinationVoicemailEnabled":false},
        "busy":{"enabled":false,"destination":"","destinationVoicemailEnabled":false},
        "noAnswer":{"enabled":true,"destination":"+14085551234","numberOfRings":3,"systemMaxNumberOfRings":20,"destinationVoicemailEnabled":false},
        "selectiveForward":{"enabled":false}},
        "businessContinuity":{"enabled":false,"destination":"","destinationVoicemailEnabled":false}}
        """;

    private FakeWebex(WebApplication app) => _app = app;

    public static async Task<FakeWebex> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeWebex(app);
        app.Use(fake.GateAsync);
        app.MapGet("/v1/people", fake.PeoplePage);
        byte[] forwarding = Encoding.UTF8.GetBytes(Forwarding);
        app.MapGet("/v1/people/{id}/features/callForwarding", (HttpContext c) =>
        {
            c.Response.ContentType = "application/json";
            return c.Response.Body.WriteAsync(forwarding).AsTask();
        });
        app.MapPut("/v1/people/{id}/features/callForwarding", async (HttpContext c) =>
        {
            await c.Request.Body.CopyToAsync(Stream.Null);
            c.Response.StatusCode = 204;
        });
        await app.StartAsync();
        fake.BaseUrl = app.Urls.First().TrimEnd('/') + "/v1/";
        return fake;
    }

    public void SetLimit(int? perSecond)
    {
        lock (_bucketLock)
        {
            Limit = perSecond;
            _tokens = perSecond ?? 0;
            _refilled = System.Diagnostics.Stopwatch.GetTimestamp();
            _throttled = 0;
        }
    }

    private async Task GateAsync(HttpContext context, RequestDelegate next)
    {
        double? retryAfter = null;
        lock (_bucketLock)
        {
            if (Limit is int limit)
            {
                long now = System.Diagnostics.Stopwatch.GetTimestamp();
                _tokens = Math.Min(limit, _tokens + (now - _refilled) / (double)System.Diagnostics.Stopwatch.Frequency * limit);
                _refilled = now;
                if (_tokens >= 1) _tokens--;
                else retryAfter = (1 - _tokens) / limit;
            }
        }
        await Task.Delay(Latency);
        if (retryAfter is double wait)
        {
            Interlocked.Increment(ref _throttled);
            context.Response.StatusCode = 429;
            // whole seconds, as Webex sends
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"message":"Too Many Requests","trackingId":"FAKE_429"}""");
            return;
        }
        await next(context);
    }

    private Task PeoplePage(HttpContext context)
    {
        int max = int.TryParse(context.Request.Query["max"], out int m) ? m : 100;
        int start = int.TryParse(context.Request.Query["start"], out int s) ? s : 0;
        byte[] page;
        lock (_pages)
        {
            if (!_pages.TryGetValue((start, max), out page!))
            {
                page = BuildPage(start, Math.Min(max, Math.Max(0, People - start)));
                if (People <= 10_000) _pages[(start, max)] = page;
            }
        }
        if (start + max < People)
            context.Response.Headers.Link = $"<{BaseUrl}people?max={max}&start={start + max}>; rel=\"next\"";
        context.Response.ContentType = "application/json";
        return context.Response.Body.WriteAsync(page).AsTask();
    }

    private static byte[] BuildPage(int start, int count)
    {
        var sb = new StringBuilder("{\"items\":[");
        for (int i = start; i < start + count; i++)
        {
            if (i > start) sb.Append(',');
            string id = Convert.ToBase64String(Encoding.UTF8.GetBytes($"ciscospark://us/PEOPLE/{i:D8}-0000-4000-8000-000000000000"));
            sb.Append($$"""
                {"id":"{{id}}","emails":["user{{i}}@example.com"],"phoneNumbers":[{"type":"work","value":"+1408555{{i % 10000:D4}}","primary":true}],
                "extension":"{{1000 + i % 9000}}","locationId":"Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzEyMzQ","displayName":"User {{i}}","nickName":"U{{i}}",
                "firstName":"User","lastName":"{{i}}","avatar":"https://avatar.example.com/{{i}}","orgId":"Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi8xMjM0",
                "roles":[],"licenses":["Y2lzY29zcGFyazovL3VzL0xJQ0VOU0UvMTIzNA"],"department":"Sales","title":"Rep",
                "addresses":[{"type":"work","country":"US","locality":"San Jose","region":"CA","streetAddress":"170 W Tasman Dr","postalCode":"95134"}],
                "created":"2024-01-15T10:00:00.000Z","lastModified":"2025-06-01T12:30:00.000Z","timezone":"America/Los_Angeles",
                "lastActivity":"2026-11-30T08:00:00.000Z","status":"active","invitePending":false,"loginEnabled":true,"type":"person"}
                """);
        }
        sb.Append("]}");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
