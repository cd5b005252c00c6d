using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Rest;

public class RetryTests
{
    private const string Location = """{"id":"L1","name":"HQ"}""";

    /// <summary>Answers with the given responses in turn, then repeats the last one.</summary>
    private static Func<HttpRequestMessage, HttpResponseMessage> Sequence(params Func<HttpResponseMessage>[] responses)
    {
        int next = 0;
        return _ => responses[Math.Min(Interlocked.Increment(ref next) - 1, responses.Length - 1)]();
    }

    private static Func<HttpResponseMessage> Status(HttpStatusCode status, params (string, string)[] headers) =>
        () => ApiHarness.Json(status, """{"message":"slow down","trackingId":"ROUTER_1"}""", headers);

    // the behaviour before adaptive pacing: a 429 holds the whole session for its Retry-After
    private static void SessionPause(WebexApiOptions o) => o.Retry.RateLimitMode = RateLimitMode.SessionPause;

    private static Func<HttpResponseMessage> Ok(string json = Location) => () => ApiHarness.Json(HttpStatusCode.OK, json);

    [Fact]
    public async Task DetailsAsync_429WithRetryAfter_WaitsThatLongThenRetries()
    {
        using var h = new ApiHarness(SessionPause);
        h.Mock.OnGet("locations/L1").Respond(Sequence(Status(HttpStatusCode.TooManyRequests, ("Retry-After", "3")), Ok()));

        var call = h.Api.Locations.DetailsAsync("L1");
        // the clock moves once the SDK waits, and exactly as far as it asked
        var wait = await h.Clock.AdvanceToNextDelayAsync();

        Assert.Equal("HQ", (await call).Name);
        Assert.Equal(TimeSpan.FromSeconds(3), wait);
        Assert.Equal(new[] { TimeSpan.FromSeconds(3) }, h.Clock.Delays);
        Assert.Equal(2, h.Requests.Count);
        Assert.Equal(TimeSpan.FromSeconds(3), h.Requests[1].SentAt - h.Requests[0].SentAt);
        Assert.Contains(h.Logs.Lines, l => l.Id.Id == 1002 && l.Text.Contains("pausing the session for 3000 ms"));
    }

    [Fact]
    public async Task PostAsync_429_IsRetriedToo()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "locations/L1/floors").Respond(Sequence(
            Status(HttpStatusCode.TooManyRequests, ("Retry-After", "1")), Ok("""{"id":"F1","floorNumber":2}""")));

        var call = h.Api.Locations.CreateFloorAsync("L1", 2);
        await h.RunAsync(call);

        Assert.Equal("F1", (await call).Id);
        Assert.Equal(2, h.Requests.Count);
        Assert.Equal(h.Requests[0].Body, h.Requests[1].Body);
    }

    [Fact]
    public async Task DetailsAsync_429WithoutRetryAfter_BacksOffExponentiallyWithJitter()
    {
        using var h = new ApiHarness(o =>
        {
            o.Retry.BaseDelay = TimeSpan.FromSeconds(2);
            o.Retry.NextJitter = ApiHarness.Jitter(0.25, 0.75);
        });
        h.Mock.OnGet("locations/L1").Respond(Sequence(
            Status(HttpStatusCode.TooManyRequests), Status(HttpStatusCode.TooManyRequests), Ok()));

        var call = h.Api.Locations.DetailsAsync("L1");
        var first = await h.Clock.AdvanceToNextDelayAsync();
        var second = await h.Clock.AdvanceToNextDelayAsync();

        await call;
        Assert.Equal(3, h.Requests.Count);
        // equal jitter: half of the exponential step fixed, half scaled by the jitter (0.25, then 0.75)
        Assert.Equal(TimeSpan.FromMilliseconds(1000 + 0.25 * 1000), first);  // step 2 s
        Assert.Equal(TimeSpan.FromMilliseconds(2000 + 0.75 * 2000), second); // step 4 s
        Assert.Equal(first, h.Requests[1].SentAt - h.Requests[0].SentAt);
        Assert.Equal(second, h.Requests[2].SentAt - h.Requests[1].SentAt);
    }

    [Fact]
    public async Task DetailsAsync_RetryAfterZeroOnEveryAnswer_WaitsTheBackoffWithJitterEachTime()
    {
        using var h = new ApiHarness(o => o.Retry.NextJitter = ApiHarness.Jitter(0.5, 0.25, 0.75));
        h.Mock.OnGet("locations/L1").Respond(Sequence(Status(HttpStatusCode.TooManyRequests, ("Retry-After", "0"))));

        var call = h.Api.Locations.DetailsAsync("L1");
        await h.RunAsync(call);

        var e = await Assert.ThrowsAsync<WebexApiException>(() => call);
        Assert.Equal(HttpStatusCode.TooManyRequests, e.StatusCode);
        Assert.Equal(11, h.Requests.Count);
        // a Retry-After shorter than the backoff does not shorten it: steps of 1, 2, 4, 8, 16 s, then MaxDelay 30 s,
        // half fixed and half scaled by the jitter (0.5, 0.25, then 0.75)
        TimeSpan[] expected = [.. new[] { 750, 1_250, 3_500, 7_000, 14_000, 26_250, 26_250, 26_250, 26_250, 26_250 }
            .Select(ms => TimeSpan.FromMilliseconds(ms))];
        Assert.Equal(expected, h.Clock.Delays);
        Assert.Equal(expected, h.Requests.Zip(h.Requests.Skip(1), (a, b) => b.SentAt - a.SentAt));
    }

    [Fact]
    public async Task DetailsAsync_429WithoutRetryAfterAndZeroDelays_WaitsTheMinimumWithJitter()
    {
        using var h = new ApiHarness(o =>
        {
            o.Retry.BaseDelay = TimeSpan.Zero;
            o.Retry.MaxDelay = TimeSpan.Zero;
            o.Retry.MaxRateLimitRetries = 3;
            o.Retry.NextJitter = ApiHarness.Jitter(0, 0.5, 0.9);
        });
        h.Mock.OnGet("locations/L1").Respond(Sequence(Status(HttpStatusCode.TooManyRequests),
            Status(HttpStatusCode.TooManyRequests), Status(HttpStatusCode.TooManyRequests), Ok()));

        var call = h.Api.Locations.DetailsAsync("L1");
        await h.RunAsync(call);

        Assert.Equal("HQ", (await call).Name);
        Assert.Equal(4, h.Requests.Count);
        // a step is never shorter than 200 ms, so no retry comes sooner than 100 ms
        Assert.Equal([TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(150), TimeSpan.FromMilliseconds(190)],
            h.Clock.Delays);
    }

    [Fact]
    public async Task DetailsAsync_503WithZeroBaseDelay_BacksOffFromTheMinimum()
    {
        using var h = new ApiHarness(o =>
        {
            o.Retry.BaseDelay = TimeSpan.Zero;
            o.Retry.NextJitter = ApiHarness.Jitter(0.5);
        });
        h.Mock.OnGet("locations/L1").Respond(Sequence(Status(HttpStatusCode.ServiceUnavailable),
            Status(HttpStatusCode.BadGateway), Status(HttpStatusCode.GatewayTimeout), Ok()));

        var call = h.Api.Locations.DetailsAsync("L1");
        await h.RunAsync(call);

        Assert.Equal("HQ", (await call).Name);
        // steps of 200, 400 and 800 ms, three quarters of each with jitter 0.5
        Assert.Equal([TimeSpan.FromMilliseconds(150), TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(600)],
            h.Clock.Delays);
    }

    [Theory]
    [InlineData("rand(30),add(30)")]
    [InlineData("soon")]
    [InlineData("-5,x")]
    public async Task DetailsAsync_MalformedRetryAfter_FallsBackToBackoff(string header)
    {
        using var h = new ApiHarness(o => o.Retry.NextJitter = ApiHarness.Jitter(0.5));
        h.Mock.OnGet("locations/L1").Respond(Sequence(Status(HttpStatusCode.TooManyRequests, ("Retry-After", header)), Ok()));

        var call = h.Api.Locations.DetailsAsync("L1");
        var wait = await h.Clock.AdvanceToNextDelayAsync();

        Assert.Equal("HQ", (await call).Name);
        // the first backoff step (BaseDelay 1 s): 0.5 s fixed + 0.5 × 0.5 s jitter
        Assert.Equal(TimeSpan.FromMilliseconds(750), wait);
        Assert.Equal(wait, h.Requests[1].SentAt - h.Requests[0].SentAt);
    }

    [Fact]
    public async Task DetailsAsync_RetryAfterAsHttpDate_WaitsUntilThatDate()
    {
        using var h = new ApiHarness();
        string date = h.Clock.GetUtcNow().AddSeconds(7).ToString("R");
        h.Mock.OnGet("locations/L1").Respond(Sequence(Status(HttpStatusCode.TooManyRequests, ("Retry-After", date)), Ok()));

        var call = h.Api.Locations.DetailsAsync("L1");
        var wait = await h.Clock.AdvanceToNextDelayAsync();

        await call;
        Assert.Equal(TimeSpan.FromSeconds(7), wait);
        Assert.Equal(TimeSpan.FromSeconds(7), h.Requests[1].SentAt - h.Requests[0].SentAt);
    }

    [Theory]
    [InlineData("3600")]
    [InlineData("1e300")]
    [InlineData("99999999999999999999")]
    public async Task DetailsAsync_HugeRetryAfterBeyondRetryLimit_ExceptionCarriesACappedWait(string header)
    {
        using var h = new ApiHarness(o => o.Retry.MaxRateLimitRetries = 0);
        h.Mock.OnGet("locations/L1").Respond(Sequence(Status(HttpStatusCode.TooManyRequests, ("Retry-After", header))));

        var e = await Assert.ThrowsAsync<WebexApiException>(() => h.Api.Locations.DetailsAsync("L1"));

        Assert.Equal(HttpStatusCode.TooManyRequests, e.StatusCode);
        Assert.InRange(e.RetryAfter!.Value, TimeSpan.FromHours(1), TimeSpan.FromDays(1));
    }

    [Fact]
    public async Task DetailsAsync_RetryAfterAboveCap_WaitsOnlyTheCap()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("locations/L1").Respond(Sequence(Status(HttpStatusCode.TooManyRequests, ("Retry-After", "3600")), Ok()));

        var call = h.Api.Locations.DetailsAsync("L1");
        var wait = await h.Clock.AdvanceToNextDelayAsync();

        await call;
        Assert.Equal(TimeSpan.FromSeconds(60), wait);
        Assert.Equal(TimeSpan.FromSeconds(60), h.Requests[1].SentAt - h.Requests[0].SentAt);
    }

    [Fact]
    public async Task Session_One429_PausesEveryOtherRequestUntilRetryAfterHasPassed()
    {
        using var h = new ApiHarness(SessionPause);
        h.Mock.OnGet("locations/L1").Respond(Sequence(Status(HttpStatusCode.TooManyRequests, ("Retry-After", "5")), Ok()));
        h.Mock.OnGet("locations/L2").Respond(_ => Ok("""{"id":"L2","name":"Branch"}""")());
        h.Mock.OnGet("locations/L3").Respond(_ => Ok("""{"id":"L3","name":"Lab"}""")());
        var start = h.Clock.GetUtcNow();

        var throttled = h.Api.Locations.DetailsAsync("L1");
        await h.Clock.WaitForDelaysAsync(1); // L1 got its 429 and waits out the Retry-After
        Assert.Single(h.Requests);
        var others = Task.WhenAll(h.Api.Locations.DetailsAsync("L2"), h.Api.Locations.DetailsAsync("L3"));
        await h.Clock.WaitForDelaysAsync(3); // the other workers wait too, instead of running into more 429s
        Assert.Single(h.Requests);
        Assert.All(h.Clock.Pending, t => Assert.Equal(start + TimeSpan.FromSeconds(5), t.Due));

        Assert.Equal(TimeSpan.FromSeconds(5), await h.Clock.AdvanceToNextDelayAsync());
        await Task.WhenAll(throttled, others).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(4, h.Requests.Count);
        Assert.All(h.Requests.Skip(1), r => Assert.Equal(TimeSpan.FromSeconds(5), r.SentAt - start));
        Assert.Null(h.Api.Session.RateLimitedUntil);
    }

    [Fact]
    public async Task Session_PauseLongerThanTheTimeout_QueuedPostIsSentNotTimedOut()
    {
        using var h = new ApiHarness(o =>
        {
            o.Timeout = TimeSpan.FromSeconds(10);
            SessionPause(o);
        });
        h.Mock.OnGet("locations/L1").Respond(Sequence(Status(HttpStatusCode.TooManyRequests, ("Retry-After", "30")), Ok()));
        h.Mock.On(HttpMethod.Post, "locations/L1/floors").Respond(_ => Ok("""{"id":"F1"}""")());

        var throttled = h.Api.Locations.DetailsAsync("L1");
        await h.Clock.WaitForDelaysAsync(1);
        var queued = h.Api.Locations.CreateFloorAsync("L1", 1);
        await h.Clock.WaitForDelaysAsync(2); // the POST waits at the gate: no timeout may run meanwhile
        await h.RunAsync(Task.WhenAll(throttled, queued));

        Assert.Equal("F1", (await queued).Id); // waited 30 s for the pause, then had its own 10 s to answer
        Assert.Equal(3, h.Requests.Count);
    }

    [Fact]
    public async Task DetailsAsync_503OnGet_IsRetried()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("locations/L1").Respond(Sequence(Status(HttpStatusCode.ServiceUnavailable), Status(HttpStatusCode.BadGateway), Ok()));

        var call = h.Api.Locations.DetailsAsync("L1");
        await h.RunAsync(call);

        Assert.Equal("HQ", (await call).Name);
        Assert.Equal(3, h.Requests.Count);
    }

    [Fact]
    public async Task DetailsAsync_503WithRetryAfter_WaitsWhatWebexAskedForWhenLongerThanTheBackoff()
    {
        using var h = new ApiHarness(o => o.Retry.NextJitter = ApiHarness.Jitter(0.5));
        h.Mock.OnGet("locations/L1").Respond(Sequence(Status(HttpStatusCode.ServiceUnavailable, ("Retry-After", "7")),
            Status(HttpStatusCode.ServiceUnavailable, ("Retry-After", "0")), Ok()));

        var call = h.Api.Locations.DetailsAsync("L1");
        await h.RunAsync(call);

        Assert.Equal("HQ", (await call).Name);
        // 7 s as asked; then a Retry-After of 0 still waits the second backoff step (2 s: 1 s fixed + 0.5 × 1 s jitter)
        Assert.Equal([TimeSpan.FromSeconds(7), TimeSpan.FromMilliseconds(1500)], h.Clock.Delays);
    }

    [Fact]
    public async Task UpdateAsync_504OnPut_IsRetried()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, "locations/L1").Respond(Sequence(Status(HttpStatusCode.GatewayTimeout),
            () => new HttpResponseMessage(HttpStatusCode.NoContent)));

        var call = h.Api.Locations.UpdateAsync("L1", new Sdk.Locations.Location { Name = "HQ" });
        await h.RunAsync(call);

        await call;
        Assert.Equal(2, h.Requests.Count);
    }

    [Fact]
    public async Task CreateFloorAsync_503OnPost_IsNotRetried()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "locations/L1/floors").Respond(Sequence(Status(HttpStatusCode.ServiceUnavailable), Ok()));

        var call = h.Api.Locations.CreateFloorAsync("L1", 1);
        await h.RunAsync(call);

        var e = await Assert.ThrowsAsync<WebexApiException>(() => call);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, e.StatusCode);
        Assert.Single(h.Requests);
    }

    [Fact]
    public async Task DetailsAsync_TransportErrorOnGet_IsRetried()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("locations/L1").Respond(Sequence(() => throw new HttpRequestException("connection reset"), Ok()));

        var call = h.Api.Locations.DetailsAsync("L1");
        await h.RunAsync(call);

        Assert.Equal("HQ", (await call).Name);
        Assert.Equal(2, h.Requests.Count);
        Assert.Contains(h.Logs.Lines, l => l.Id.Id == 1003 && l.Text.Contains("connection reset"));
    }

    [Fact]
    public async Task CreateFloorAsync_TransportErrorOnPost_IsNotRetried()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "locations/L1/floors").Respond(Sequence(() => throw new HttpRequestException("connection reset"), Ok()));

        var e = await Assert.ThrowsAsync<WebexApiException>(() => h.Api.Locations.CreateFloorAsync("L1", 1));

        Assert.Single(h.Requests);
        Assert.Null(e.StatusCode);
        Assert.Equal("POST", e.Method);
        Assert.Equal("/v1/locations/L1/floors", e.RequestUri.AbsolutePath);
        Assert.Equal(h.Single().Headers["TrackingID"], e.TrackingId);
        Assert.Equal($"POST /v1/locations/L1/floors → no answer: connection reset (trackingId {e.TrackingId})", e.Message);
        Assert.Equal("connection reset", Assert.IsType<HttpRequestException>(e.InnerException).Message);
    }

    [Fact]
    public async Task DetailsAsync_TransportErrorBeyondRetryLimit_ThrowsWebexApiExceptionWithTheLastAttempt()
    {
        using var h = new ApiHarness(o => o.Retry.MaxTransientRetries = 1);
        var dropped = new HttpRequestException("connection reset");
        h.Mock.OnGet("locations/L1").Respond(_ => throw dropped);

        var call = h.Api.Locations.DetailsAsync("L1");
        await h.RunAsync(call);

        var e = await Assert.ThrowsAsync<WebexApiException>(() => call);
        Assert.Equal(2, h.Requests.Count);
        Assert.Null(e.StatusCode);
        Assert.Equal("GET", e.Method);
        Assert.Equal(ApiHarness.Url("locations/L1"), e.RequestUri.AbsoluteUri);
        Assert.Equal(h.Requests[1].Headers["TrackingID"], e.TrackingId); // the attempt that failed last
        Assert.Same(dropped, e.InnerException);
    }

    [Fact]
    public async Task CreateFloorAsync_503ThenOkInsideRetryPosts_IsRetried()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "locations/L1/floors").Respond(Sequence(Status(HttpStatusCode.ServiceUnavailable),
            Ok("""{"id":"F1","floorNumber":1}""")));

        Task<Sdk.Locations.Floor> call;
        using (WebexRequestOptions.RetryPosts())
            call = h.Api.Locations.CreateFloorAsync("L1", 1);
        await h.RunAsync(call);

        Assert.Equal("F1", (await call).Id);
        Assert.Equal(2, h.Requests.Count);
        Assert.Equal(h.Requests[0].Body, h.Requests[1].Body);
        Assert.Contains(h.Logs.Lines, l => l.Id.Id == 1003 && l.Text.Contains("POST /v1/locations/L1/floors"));
    }

    [Fact]
    public async Task CreateFloorAsync_TransportErrorInsideRetryPosts_IsRetried()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "locations/L1/floors").Respond(Sequence(() => throw new HttpRequestException("connection reset"),
            Ok("""{"id":"F1","floorNumber":1}""")));

        using var scope = WebexRequestOptions.RetryPosts();
        var call = h.Api.Locations.CreateFloorAsync("L1", 1);
        await h.RunAsync(call);

        Assert.Equal("F1", (await call).Id);
        Assert.Equal(2, h.Requests.Count);
    }

    [Fact]
    public async Task RetryPosts_ReachesNoCallOutsideTheScope_ConcurrentOrLater()
    {
        using var h = new ApiHarness();
        foreach (string location in new[] { "L1", "L2", "L3" })
            h.Mock.On(HttpMethod.Post, $"locations/{location}/floors").Respond(Sequence(Status(HttpStatusCode.ServiceUnavailable),
                Ok("""{"id":"F1","floorNumber":1}""")));
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // a worker started before the scope, whose POST runs while the scope is open
        var concurrent = Task.Run(async () =>
        {
            await go.Task;
            return await h.Api.Locations.CreateFloorAsync("L2", 1);
        });

        Task<Sdk.Locations.Floor> scoped;
        using (WebexRequestOptions.RetryPosts())
        {
            scoped = h.Api.Locations.CreateFloorAsync("L1", 1);
            go.SetResult();
            await h.RunAsync(concurrent); // moves the clock: were the scope to reach this call, it would be retried
            var e = await Assert.ThrowsAsync<WebexApiException>(() => concurrent);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, e.StatusCode);
        }
        await h.RunAsync(scoped);
        var laterCall = h.Api.Locations.CreateFloorAsync("L3", 1);
        await h.RunAsync(laterCall);
        var later = await Assert.ThrowsAsync<WebexApiException>(() => laterCall);

        Assert.Equal("F1", (await scoped).Id);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, later.StatusCode);
        Assert.Equal(2, h.Requests.Count(r => r.PathAndQuery == "/v1/locations/L1/floors"));
        Assert.Equal(1, h.Requests.Count(r => r.PathAndQuery == "/v1/locations/L2/floors"));
        Assert.Equal(1, h.Requests.Count(r => r.PathAndQuery == "/v1/locations/L3/floors"));
    }

    [Fact]
    public async Task RetryPosts_NestedScopes_DisposingTheInnerKeepsTheOuter()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "locations/L1/floors").Respond(Sequence(Status(HttpStatusCode.ServiceUnavailable),
            Ok("""{"id":"F1","floorNumber":1}""")));

        Task<Sdk.Locations.Floor> call;
        using (WebexRequestOptions.RetryPosts())
        {
            var inner = WebexRequestOptions.RetryPosts();
            inner.Dispose();
            inner.Dispose(); // twice is harmless
            call = h.Api.Locations.CreateFloorAsync("L1", 1);
        }
        await h.RunAsync(call);

        Assert.Equal("F1", (await call).Id);
        Assert.Equal(2, h.Requests.Count);
    }

    [Fact]
    public async Task ListAsync_CancelledWhileWaitingToRetryTheSecondPage_StopsThere()
    {
        using var h = new ApiHarness(SessionPause);
        h.Mock.OnGet("locations").RespondJson("""{"items":[{"id":"L1"}]}""", HttpStatusCode.OK,
            ("Link", $"<{ApiHarness.Url("locations?cursor=2")}>; rel=\"next\""));
        h.Mock.OnGet("locations?cursor=2").Respond(Sequence(Status(HttpStatusCode.TooManyRequests, ("Retry-After", "30")), Ok()));
        using var cts = new CancellationTokenSource();
        var seen = new List<string?>();

        var enumeration = Task.Run(async () =>
        {
            await foreach (var location in h.Api.Locations.ListAsync().WithCancellation(cts.Token)) seen.Add(location.LocationId);
        });
        await ApiHarness.WaitForAsync(() => h.Api.Session.RateLimitedUntil is not null);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => enumeration);
        Assert.Equal(["L1"], seen);
        Assert.Equal(2, h.Requests.Count);
    }

    [Fact]
    public async Task DetailsAsync_503BeyondRetryLimit_ThrowsWithTheLastStatus()
    {
        using var h = new ApiHarness(o => o.Retry.MaxTransientRetries = 2);
        h.Mock.OnGet("locations/L1").Respond(Sequence(Status(HttpStatusCode.BadGateway), Status(HttpStatusCode.BadGateway),
            Status(HttpStatusCode.ServiceUnavailable)));

        var call = h.Api.Locations.DetailsAsync("L1");
        await h.RunAsync(call);

        var e = await Assert.ThrowsAsync<WebexApiException>(() => call);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, e.StatusCode);
        Assert.Equal(3, h.Requests.Count);
    }

    [Fact]
    public async Task DetailsAsync_429BeyondRetryLimit_ThrowsWithRetryAfter()
    {
        using var h = new ApiHarness(o => o.Retry.MaxRateLimitRetries = 1);
        h.Mock.OnGet("locations/L1").Respond(Sequence(Status(HttpStatusCode.TooManyRequests, ("Retry-After", "2"))));

        var call = h.Api.Locations.DetailsAsync("L1");
        await h.RunAsync(call);

        var e = await Assert.ThrowsAsync<WebexApiException>(() => call);
        Assert.Equal(HttpStatusCode.TooManyRequests, e.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), e.RetryAfter);
        Assert.Equal(2, h.Requests.Count);
    }

    [Fact]
    public async Task DetailsAsync_CancelledDuringRetryWait_StopsWithoutAnotherRequest()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("locations/L1").Respond(Sequence(Status(HttpStatusCode.TooManyRequests, ("Retry-After", "30")), Ok()));
        using var cts = new CancellationTokenSource();

        var call = h.Api.Locations.DetailsAsync("L1", cancellationToken: cts.Token);
        Assert.Equal(TimeSpan.FromSeconds(30), (await h.Clock.WaitForDelaysAsync()).Requested);
        h.Clock.Advance(TimeSpan.FromSeconds(10)); // a third of the way through the wait
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Single(h.Requests);
    }

    [Fact]
    public async Task DetailsAsync_CancelledWhileSessionIsPaused_StopsWithoutARequest()
    {
        using var h = new ApiHarness(SessionPause);
        h.Mock.OnGet("locations/L1").Respond(Sequence(Status(HttpStatusCode.TooManyRequests, ("Retry-After", "30")), Ok()));
        h.Mock.OnGet("locations/L2").Respond(_ => Ok()());
        var throttled = h.Api.Locations.DetailsAsync("L1");
        await ApiHarness.WaitForAsync(() => h.Api.Session.RateLimitedUntil is not null);
        using var cts = new CancellationTokenSource();

        var waiting = h.Api.Locations.DetailsAsync("L2", cancellationToken: cts.Token);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Single(h.Requests);
        await h.RunAsync(throttled);
    }

    [Fact]
    public async Task DetailsAsync_CancelledInFlight_ThrowsWithTheCallersToken()
    {
        using var h = new ApiHarness(); // the default 100 s timeout: the session links its own token to the caller's
        h.Mock.OnGet("locations/L1").Respond(new HangingHandler());
        using var cts = new CancellationTokenSource();

        var call = h.Api.Locations.DetailsAsync("L1", cancellationToken: cts.Token);
        await ApiHarness.WaitForAsync(() => h.Requests.Count == 1);
        await cts.CancelAsync();

        var e = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(cts.Token, e.CancellationToken);
        Assert.IsAssignableFrom<TaskCanceledException>(e); // what HttpClient throws, kept for callers that catch it
        Assert.Single(h.Requests);
    }

    [Fact]
    public async Task ListAsync_CancelledInFlight_ThrowsWithTheCallersToken()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("locations").Respond(new HangingHandler());
        using var cts = new CancellationTokenSource();

        var enumeration = Task.Run(async () =>
        {
            await foreach (var _ in h.Api.Locations.ListAsync().WithCancellation(cts.Token)) { }
        });
        await ApiHarness.WaitForAsync(() => h.Requests.Count == 1);
        await cts.CancelAsync();

        var e = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => enumeration);
        Assert.Equal(cts.Token, e.CancellationToken);
    }

    [Fact]
    public async Task Session_ConcurrentRequests_NeverMoreInFlightThanTheLimit()
    {
        int inFlight = 0, peak = 0;
        var release = new TaskCompletionSource();
        using var h = new ApiHarness(o => o.ConcurrentRequests = 3);
        h.Mock.When(HttpMethod.Get, "*").Respond(async () =>
        {
            int now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref peak, now);
            await release.Task;
            Interlocked.Decrement(ref inFlight);
            return ApiHarness.Json(HttpStatusCode.OK, Location);
        });

        var calls = Enumerable.Range(0, 10).Select(i => h.Api.Locations.DetailsAsync("L" + i)).ToList();
        await ApiHarness.WaitForAsync(() => Volatile.Read(ref inFlight) >= 3);
        await Task.Delay(50); // room for a fourth to slip through, were the limit broken
        Assert.Equal(3, Volatile.Read(ref inFlight));
        release.SetResult();
        await Task.WhenAll(calls);

        Assert.Equal(3, peak);
        Assert.Equal(10, h.Requests.Count);
    }

    [Fact]
    public async Task DetailsAsync_AttemptTimesOut_IsRetriedThenReportsTimeout()
    {
        using var h = new ApiHarness(o =>
        {
            o.Timeout = TimeSpan.FromSeconds(10);
            o.Retry.MaxTransientRetries = 1;
        });
        h.Mock.OnGet("locations/L1").Respond(new HangingHandler());

        var call = h.Api.Locations.DetailsAsync("L1");
        // the timeout is moved to only once the attempt hangs at the transport
        await ApiHarness.WaitForAsync(() => h.Requests.Count == 1);
        Assert.Equal(TimeSpan.FromSeconds(10), await h.Clock.AdvanceToNextTimerAsync());
        await h.Clock.AdvanceToNextDelayAsync(); // the transient backoff
        await ApiHarness.WaitForAsync(() => h.Requests.Count == 2);
        Assert.Equal(TimeSpan.FromSeconds(10), await h.Clock.AdvanceToNextTimerAsync());

        var e = await Assert.ThrowsAsync<TimeoutException>(() => call);
        Assert.Contains("GET /v1/locations/L1 got no answer within 10 s", e.Message);
        Assert.Equal(2, h.Requests.Count);
    }

    [Fact]
    public async Task DetailsAsync_401WithRefreshingProvider_RefreshesOnceAndRetries()
    {
        var tokens = new RefreshingProvider();
        using var h = new ApiHarness(tokens: tokens);
        h.Mock.OnGet("locations/L1").Respond(request =>
            request.Headers.Authorization?.Parameter == "fresh"
                ? ApiHarness.Json(HttpStatusCode.OK, Location)
                : ApiHarness.Json(HttpStatusCode.Unauthorized, """{"message":"The request requires a valid access token."}"""));

        var location = await h.Api.Locations.DetailsAsync("L1");

        Assert.Equal("HQ", location.Name);
        Assert.Equal(1, tokens.Refreshes);
        Assert.Equal(["Bearer stale", "Bearer fresh"], h.Requests.Select(r => r.Headers["Authorization"]));
    }

    [Fact]
    public async Task DetailsAsync_RetryAfterAPause_AsksTheProviderForTheTokenAgain()
    {
        var tokens = new CountingProvider();
        using var h = new ApiHarness(tokens: tokens);
        h.Mock.OnGet("locations/L1").Respond(Sequence(Status(HttpStatusCode.TooManyRequests, ("Retry-After", "1")), Ok()));

        var call = h.Api.Locations.DetailsAsync("L1");
        await h.RunAsync(call);

        await call;
        Assert.Equal(["Bearer token-1", "Bearer token-2"], h.Requests.Select(r => r.Headers["Authorization"]));
    }

    [Fact]
    public async Task DetailsAsync_401AlwaysWithRefreshingProvider_GivesUpWhenTheSameTokenIsRefusedTwice()
    {
        var tokens = new RefreshingProvider();
        using var h = new ApiHarness(tokens: tokens);
        h.Mock.OnGet("locations/L1").RespondJson("""{"message":"The request requires a valid access token."}""", HttpStatusCode.Unauthorized);

        var e = await Assert.ThrowsAsync<WebexApiException>(() => h.Api.Locations.DetailsAsync("L1"));

        Assert.Equal(HttpStatusCode.Unauthorized, e.StatusCode);
        // stale refused: refresh; fresh refused (it may have expired in flight): ask again; fresh refused again: stop
        Assert.Equal(2, tokens.Refreshes);
        Assert.Equal(3, h.Requests.Count);
    }

    [Fact]
    public async Task DetailsAsync_401ForEveryNewToken_GivesUpAfterThreeRefreshes()
    {
        var tokens = new RefreshingProvider { NewTokenEachTime = true };
        using var h = new ApiHarness(tokens: tokens);
        h.Mock.OnGet("locations/L1").RespondJson("""{"message":"The request requires a valid access token."}""", HttpStatusCode.Unauthorized);

        var e = await Assert.ThrowsAsync<WebexApiException>(() => h.Api.Locations.DetailsAsync("L1"));

        Assert.Equal(HttpStatusCode.Unauthorized, e.StatusCode);
        Assert.Equal(3, tokens.Refreshes);
        Assert.Equal(4, h.Requests.Count);
    }

    [Fact]
    public async Task DetailsAsync_401WithStaticToken_ThrowsWithoutRetry()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("locations/L1").RespondJson("""{"message":"The request requires a valid access token."}""", HttpStatusCode.Unauthorized);

        var e = await Assert.ThrowsAsync<WebexApiException>(() => h.Api.Locations.DetailsAsync("L1"));

        Assert.Equal(HttpStatusCode.Unauthorized, e.StatusCode);
        Assert.Single(h.Requests);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }

    /// <summary>Never answers until the request is cancelled, like a server that hangs.</summary>
    private sealed class HangingHandler : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK);
        }
    }

    /// <summary>A provider that renews its token on every call, as one near expiry would.</summary>
    private sealed class CountingProvider : Sdk.Auth.ITokenProvider
    {
        private int _calls;

        public ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken = default) =>
            ValueTask.FromResult("token-" + Interlocked.Increment(ref _calls));
    }

    private sealed class RefreshingProvider : Sdk.Auth.ITokenProvider
    {
        private string _token = "stale";
        public int Refreshes;
        public bool NewTokenEachTime;

        public ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(_token);

        public ValueTask<bool> TryRefreshAsync(string rejectedAccessToken, CancellationToken cancellationToken = default)
        {
            int n = Interlocked.Increment(ref Refreshes);
            _token = NewTokenEachTime ? "fresh" + n : "fresh";
            return ValueTask.FromResult(true);
        }
    }
}
