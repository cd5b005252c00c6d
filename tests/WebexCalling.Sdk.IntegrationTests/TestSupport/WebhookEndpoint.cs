using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using WebexCalling.Sdk.Webhooks;

namespace WebexCalling.Sdk.IntegrationTests.TestSupport;

/// <summary>
/// One POST the <see cref="WebhookEndpoint"/> got: the raw body and headers and, for a path registered with a secret
/// (<see cref="WebhookEndpoint.Target"/>), what the SDK made of them.
/// </summary>
public sealed record ReceivedWebhook(string Path, byte[] Body, IReadOnlyDictionary<string, string> Headers,
    WebhookEvent? Event, WebhookSignatureException? Rejection)
{
    /// <summary>The X-Spark-Signature header, or null when the simulator sent none.</summary>
    public string? Signature => Headers.GetValueOrDefault(WebhookSignature.HeaderName);
}

/// <summary>
/// A loopback webhook endpoint (Kestrel on 127.0.0.1, port 0) that records every POST. For a path registered with
/// <see cref="Target"/> it does what an SDK user's endpoint does: hands the raw body and headers to
/// <see cref="WebhookReceiver.VerifyAndParse(ReadOnlySpan{byte}, IReadOnlyDictionary{string, string}, string)"/> with the
/// path's secret and answers 200 for a verified event, 401 for a rejected one. Other paths are recorded and answered 200.
/// </summary>
public sealed class WebhookEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, string> _secrets = new(StringComparer.Ordinal);

    private WebhookEndpoint(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>The base URL; append a path per webhook.</summary>
    public Uri Url { get; }

    /// <summary>Everything that arrived, in arrival order.</summary>
    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    /// <summary>The target URL for <paramref name="path"/>, whose events are verified with <paramref name="secret"/>.</summary>
    public string Target(string path, string secret)
    {
        _secrets["/" + path] = secret;
        return new Uri(Url, path).ToString();
    }

    /// <summary>What arrived at <paramref name="path"/>, in arrival order.</summary>
    public IReadOnlyList<ReceivedWebhook> At(string path) => Received.Where(r => r.Path == "/" + path).ToList();

    /// <param name="delay">How long each answer takes (a slow receiver).</param>
    public static async Task<WebhookEndpoint> StartAsync(TimeSpan? delay = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        WebhookEndpoint? receiver = null;
        app.MapPost("/{**path}", async (HttpContext context) =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            byte[] body = buffer.ToArray();
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            string path = context.Request.Path.Value ?? "";
            IResult answer = Results.Ok();
            WebhookEvent? evt = null;
            WebhookSignatureException? rejection = null;
            if (receiver!._secrets.TryGetValue(path, out string? secret))
            {
                try
                {
                    evt = WebhookReceiver.VerifyAndParse(body, headers, secret);
                }
                catch (WebhookSignatureException e)
                {
                    rejection = e;
                    answer = Results.Unauthorized();
                }
            }
            receiver.Received.Enqueue(new ReceivedWebhook(path, body, headers, evt, rejection));
            if (delay is { } wait) await Task.Delay(wait, context.RequestAborted);
            return answer;
        });
        await app.StartAsync();
        receiver = new WebhookEndpoint(app, new Uri(app.Urls.First().TrimEnd('/') + "/"));
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
