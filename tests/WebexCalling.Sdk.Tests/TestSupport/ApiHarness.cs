using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Auth;

namespace WebexCalling.Sdk.Tests.TestSupport;

/// <summary>
/// A WebexSimpleApi on a MockHttp transport with a fake clock and captured logs; every request that reaches the
/// transport is recorded with its body and the fake time it was sent at. Backoff jitter comes from a seeded source,
/// so a run is repeatable; a test that asserts a backoff delay sets <c>o.Retry.NextJitter</c> itself.
/// </summary>
public sealed class ApiHarness : IDisposable
{
    public const string Token = "NmE4ZTVkYzQtZWQ1Ny00ZjM4LWFkZTUtYmMyZTg2Y2I1OWQzX2-secret-test-token";
    public const string BaseUrl = "https://webexapis.com/v1/";

    public MockHttpMessageHandler Mock { get; } = new();
    public ManualTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero));
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
        Options.Retry.NextJitter = SeededJitter(20261128);
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

    /// <summary>A repeatable jitter source for <c>WebexRetryOptions.NextJitter</c> (thread-safe, as the session needs).</summary>
    public static Func<double> SeededJitter(int seed)
    {
        var random = new Random(seed);
        return () =>
        {
            lock (random) return random.NextDouble();
        };
    }

    /// <summary>A jitter source that gives these values in turn, then repeats the last.</summary>
    public static Func<double> Jitter(params double[] values)
    {
        int next = 0;
        return () => values[Math.Min(Interlocked.Increment(ref next) - 1, values.Length - 1)];
    }

    /// <summary>
    /// Runs the call to completion, moving the fake clock to each delay the SDK waits on as soon as it waits on it
    /// (see <see cref="ManualTimeProvider.RunAsync"/>); for tests that do not measure the waits. Returns the fake
    /// time that passed.
    /// </summary>
    public async Task<TimeSpan> RunAsync(Task task)
    {
        var elapsed = await Clock.RunAsync(task);
        Assert.True(task.IsCompleted, "the call did not complete");
        return elapsed;
    }

    /// <summary>Waits (in real time, up to 30 s) until a condition holds that asynchronous work makes true.</summary>
    public static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!condition() && DateTime.UtcNow < deadline) await Task.Delay(5);
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
