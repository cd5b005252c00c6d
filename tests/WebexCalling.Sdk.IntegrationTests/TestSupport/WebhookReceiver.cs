using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace WebexCalling.Sdk.IntegrationTests.TestSupport;

/// <summary>A loopback HTTP endpoint (Kestrel on 127.0.0.1, a free port) that records every webhook POST it receives.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebhookReceiver(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>What arrived, in arrival order: path, the exact body bytes and the X-Spark-Signature header.</summary>
    public ConcurrentQueue<(string Path, byte[] Body, string? Signature)> Received { get; } = new();

    /// <param name="delay">How long each answer takes (a slow receiver).</param>
    public static async Task<WebhookReceiver> StartAsync(TimeSpan? delay = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        WebhookReceiver? receiver = null;
        app.MapPost("/{**path}", async (HttpContext context) =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            receiver!.Received.Enqueue((context.Request.Path.Value ?? "", buffer.ToArray(), context.Request.Headers["X-Spark-Signature"].FirstOrDefault()));
            if (delay is { } wait) await Task.Delay(wait, context.RequestAborted);
            return Results.Ok();
        });
        await app.StartAsync();
        receiver = new WebhookReceiver(app, new Uri(app.Urls.First().TrimEnd('/') + "/"));
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
