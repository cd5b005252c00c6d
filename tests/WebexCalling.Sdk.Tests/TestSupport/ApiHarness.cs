using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Auth;

namespace WebexCalling.Sdk.Tests.TestSupport;

/// <summary>
/// A WebexSimpleApi on a MockHttp transport with a fake clock and captured logs; every request that reaches the
/// transport is recorded with its body and the fake time it was sent at.
/// </summary>
public sealed class ApiHarness : IDisposable
{
    public const string Token = "NmE4ZTVkYzQtZWQ1Ny00ZjM4LWFkZTUtYmMyZTg2Y2I1OWQzX2-secret-test-token";
    public const string BaseUrl = "https://webexapis.com/v1/";

    public MockHttpMessageHandler Mock { get; } = new();
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero));
    public CapturingLoggerProvider Logs { get; } = new();
    public WebexSimpleApi Api { get; }
    public WebexApiOptions Options { get; }
    public IReadOnlyList<RecordedRequest> Requests => _recorder.Requests;

    private readonly RecordingHandler _recorder;
    private readonly HttpClient _http;
    private readonly ILoggerFactory _loggerFactory;

    public ApiHarness(Action<WebexApiOptions>? configure = null, ITokenProvider? tokens = null)
    {
        _recorder = new RecordingHandler(Clock) { InnerHandler = Mock };
        _http = new HttpClient(_recorder);
        _loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        Options = new WebexApiOptions { HttpClient = _http, TimeProvider = Clock, LoggerFactory = _loggerFactory };
        configure?.Invoke(Options);
        Api = tokens is null ? new WebexSimpleApi(Token, Options) : new WebexSimpleApi(tokens, Options);
    }

    public static string Url(string path) => BaseUrl + path.TrimStart('/');

    public static string Sample(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestSupport", "Samples", name + ".json"));

    public static HttpResponseMessage Json(HttpStatusCode status, string json, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers) response.Headers.TryAddWithoutValidation(name, value);
        return response;
    }

    public RecordedRequest Single() => Assert.Single(Requests);

    /// <summary>The first item of a list (asking for the first page only), or default when it is empty.</summary>
    public static async Task<T?> FirstAsync<T>(IAsyncEnumerable<T> items)
    {
        await foreach (var item in items) return item;
        return default;
    }

    /// <summary>
    /// Advances the fake clock in small steps until the task completes, so that retry and rate-limit waits elapse
    /// without sleeping. Returns the fake time that passed.
    /// </summary>
    public async Task<TimeSpan> RunAsync(Task task, TimeSpan? step = null, TimeSpan? limit = null)
    {
        var start = Clock.GetUtcNow();
        var by = step ?? TimeSpan.FromMilliseconds(50);
        var until = start + (limit ?? TimeSpan.FromMinutes(10));
        // let continuations that are already scheduled run before the clock moves
        await Task.Delay(1);
        while (!task.IsCompleted && Clock.GetUtcNow() < until)
        {
            Clock.Advance(by);
            await Task.Delay(1);
        }
        if (!task.IsCompleted) await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(5)));
        Assert.True(task.IsCompleted, "the call did not complete within the fake time limit");
        return Clock.GetUtcNow() - start;
    }

    /// <summary>Waits (in real time, briefly) until a condition holds that asynchronous work makes true.</summary>
    public static async Task WaitForAsync(Func<bool> condition)
    {
        for (int i = 0; i < 500 && !condition(); i++) await Task.Delay(10);
        Assert.True(condition(), "the expected state was not reached");
    }

    public void Dispose()
    {
        Api.Dispose();
        _http.Dispose();
        _loggerFactory.Dispose();
        Mock.Dispose();
    }
}

public sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Body, DateTimeOffset SentAt,
    IReadOnlyDictionary<string, string> Headers)
{
    public string PathAndQuery => Uri.PathAndQuery;
}

internal sealed class RecordingHandler(TimeProvider clock) : DelegatingHandler
{
    private readonly List<RecordedRequest> _requests = [];

    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_requests) return _requests.ToList(); }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string? body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        lock (_requests) _requests.Add(new RecordedRequest(request.Method, request.RequestUri!, body, clock.GetUtcNow(), headers));
        return await base.SendAsync(request, cancellationToken);
    }
}
