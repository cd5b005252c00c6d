using System.Collections.Concurrent;

namespace WebexCalling.Sdk.IntegrationTests.TestSupport;

/// <summary>Records the path and query of every request an SDK client sends (to count pages).</summary>
public sealed class RequestLog
{
    private readonly ConcurrentQueue<string> _paths = new();

    public IReadOnlyList<string> Paths => _paths.ToList();

    public void Clear() => _paths.Clear();

    public DelegatingHandler Wrap(HttpMessageHandler inner) => new Recorder(this) { InnerHandler = inner };

    private sealed class Recorder(RequestLog log) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            log._paths.Enqueue(request.Method + " " + request.RequestUri!.PathAndQuery);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
