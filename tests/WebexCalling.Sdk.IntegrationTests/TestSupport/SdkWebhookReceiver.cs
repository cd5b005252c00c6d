using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using WebexCalling.Sdk.Webhooks;
using SdkReceiver = WebexCalling.Sdk.Webhooks.WebhookReceiver;

namespace WebexCalling.Sdk.IntegrationTests.TestSupport;

/// <summary>One POST the <see cref="SdkWebhookReceiver"/> got: the raw body and headers, and what the SDK made of them.</summary>
public sealed record ReceivedWebhook(string Path, byte[] Body, IReadOnlyDictionary<string, string> Headers,
    WebhookEvent? Event, WebhookSignatureException? Rejection);

/// <summary>
/// A loopback webhook endpoint (Kestrel on 127.0.0.1, a free port) that does what an SDK user's endpoint does: hands
/// each raw body and its headers to <see cref="SdkReceiver.VerifyAndParse(ReadOnlySpan{byte}, IReadOnlyDictionary{string, string}, string)"/>
/// with the secret registered for the path, answers 200 for a verified event and 401 for a rejected one.
/// </summary>
public sealed class SdkWebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, string> _secrets = new(StringComparer.Ordinal);

    private SdkWebhookReceiver(WebApplication app, Uri url)
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

    public IReadOnlyList<ReceivedWebhook> At(string path) => Received.Where(r => r.Path == "/" + path).ToList();

    public static async Task<SdkWebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        SdkWebhookReceiver? receiver = null;
        app.MapPost("/{**path}", async (HttpContext context) =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            byte[] body = buffer.ToArray();
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.Ordinal);
            string path = context.Request.Path.Value ?? "";
            string secret = receiver!._secrets.GetValueOrDefault(path) ?? "no secret registered";
            try
            {
                var evt = SdkReceiver.VerifyAndParse(body, headers, secret);
                receiver.Received.Enqueue(new ReceivedWebhook(path, body, headers, evt, null));
                return Results.Ok();
            }
            catch (WebhookSignatureException e)
            {
                receiver.Received.Enqueue(new ReceivedWebhook(path, body, headers, null, e));
                return Results.Unauthorized();
            }
        });
        await app.StartAsync();
        receiver = new SdkWebhookReceiver(app, new Uri(app.Urls.First().TrimEnd('/') + "/"));
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
