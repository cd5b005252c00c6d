using System.Collections.Concurrent;

namespace WebexCalling.Sdk.IntegrationTests.TestSupport;

/// <summary>Records every request an SDK client sends: method, path and query, content type and body (to count pages, see bodies).</summary>
public sealed class RequestLog
{
    private readonly ConcurrentQueue<(string Line, string? ContentType, string? Body)> _requests = new();

    /// <summary>"METHOD /path?query" per request, in order.</summary>
    public IReadOnlyList<string> Paths => _requests.Select(r => r.Line).ToList();

    public IReadOnlyList<(string Line, string? ContentType, string? Body)> Requests => _requests.ToList();

    public void Clear() => _requests.Clear();

    public DelegatingHandler Wrap(HttpMessageHandler inner) => new Recorder(this) { InnerHandler = inner };

    private sealed class Recorder(RequestLog log) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            string? body = null;
            if (request.Content is { } content)
            {
                await content.LoadIntoBufferAsync(cancellationToken);
                body = await content.ReadAsStringAsync(cancellationToken);
            }
            log._requests.Enqueue((request.Method + " " + request.RequestUri!.PathAndQuery, request.Content?.Headers.ContentType?.MediaType, body));
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
