using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Rest;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Rest;

public class AdaptivePacingTests
{
    private static readonly TimeSpan Ms10 = TimeSpan.FromMilliseconds(10);

    // 100 successful answers 10 ms apart: Webex allowed 100 requests in the last second
    private static AdaptivePacer PacerAfter100PerSecond(ManualTimeProvider clock)
    {
        var pacer = new AdaptivePacer(clock);
        for (int i = 0; i < 100; i++)
        {
            clock.Advance(Ms10);
            pacer.OnSuccess();
        }
        return pacer;
    }

    [Fact]
    public void OnThrottled_CutsThePaceTo80PercentOfTheRateWebexAllowed()
    {
        var clock = new ManualTimeProvider();
        var pacer = PacerAfter100PerSecond(clock);
        Assert.Null(pacer.Rate); // unpaced until the first 429

        Assert.Equal(80, pacer.OnThrottled(clock.GetTimestamp()));
        Assert.Equal(80, pacer.Rate);
    }

    [Fact]
    public void OnThrottled_RequestSentBeforeTheCut_DoesNotCutAgain()
    {
        var clock = new ManualTimeProvider();
        var pacer = PacerAfter100PerSecond(clock);
        long sentBeforeTheCut = clock.GetTimestamp();
        clock.Advance(Ms10);
        pacer.OnThrottled(clock.GetTimestamp());

        // the other requests of the same burst answer 429 too: one cut is enough
        clock.Advance(Ms10);
        Assert.Null(pacer.OnThrottled(sentBeforeTheCut));
        Assert.Equal(80, pacer.Rate);
    }

    [Fact]
    public void OnSuccess_AfterACut_ThePaceGrowsBackAlongTheCurve()
    {
        var clock = new ManualTimeProvider();
        var pacer = PacerAfter100PerSecond(clock);
        pacer.OnThrottled(clock.GetTimestamp());
        double k = Math.Cbrt(100 * (1 - AdaptivePacer.Beta) / AdaptivePacer.Scale); // back at 100/s after k seconds

        var rates = new List<double>();
        for (int step = 1; step <= 4; step++)
        {
            clock.Advance(TimeSpan.FromSeconds(k / 4));
            pacer.OnSuccess();
            rates.Add(pacer.Rate!.Value);
        }

        Assert.True(rates.Zip(rates.Skip(1), (a, b) => b > a).All(up => up), string.Join(", ", rates));
        Assert.InRange(rates[^1], 99.9, 100.1); // the rate of the last 429 again
        clock.Advance(TimeSpan.FromSeconds(1));
        pacer.OnSuccess();
        Assert.True(pacer.Rate > 100); // then probing above it
    }

    [Fact]
    public async Task WaitAsync_AtALearnedPace_SpacesRequestsEvenly()
    {
        var clock = new ManualTimeProvider();
        var pacer = PacerAfter100PerSecond(clock);
        pacer.OnThrottled(clock.GetTimestamp()); // 80/s: a slot every 12.5 ms
        long start = clock.GetTimestamp();

        var first = pacer.WaitAsync(CancellationToken.None);
        var second = pacer.WaitAsync(CancellationToken.None).AsTask();
        var third = pacer.WaitAsync(CancellationToken.None).AsTask();
        await clock.WaitForDelaysAsync(2);

        Assert.Equal(start, await first); // the first goes at once
        // timers run in whole milliseconds: each waits to (just before) its slot, 12.5 ms apart
        Assert.Collection(clock.Delays, d => Assert.InRange(d.TotalMilliseconds, 12, 12.5), d => Assert.InRange(d.TotalMilliseconds, 24, 25));
        clock.Advance(TimeSpan.FromMilliseconds(25));
        long frequency = clock.TimestampFrequency;
        Assert.Equal(start + frequency / 80, await second);
        Assert.Equal(start + 2 * (frequency / 80), await third);
    }

    [Fact]
    public async Task WaitAsync_CancelledWhileWaitingForItsSlot_Throws()
    {
        var clock = new ManualTimeProvider();
        var pacer = PacerAfter100PerSecond(clock);
        pacer.OnThrottled(clock.GetTimestamp());
        await pacer.WaitAsync(CancellationToken.None);
        using var cts = new CancellationTokenSource();

        var waiting = pacer.WaitAsync(cts.Token).AsTask();
        await clock.WaitForDelaysAsync();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    [Fact]
    public void OnThrottled_NothingAnsweredInTheLastSecond_LeavesTheSessionUnpaced()
    {
        var clock = new ManualTimeProvider();
        var pacer = new AdaptivePacer(clock);

        Assert.Null(pacer.OnThrottled(clock.GetTimestamp())); // a lone request: no rate to learn from
        Assert.Null(pacer.Rate);
    }

    [Fact]
    public async Task Session_One429InAdaptiveMode_OtherRequestsKeepFlowingAndThePaceIsLogged()
    {
        using var h = new ApiHarness(); // Adaptive is the default
        int l1 = 0;
        h.Mock.OnGet("locations/L1").Respond(_ => Interlocked.Increment(ref l1) == 1
            ? ApiHarness.Json(HttpStatusCode.TooManyRequests, """{"message":"slow down"}""", ("Retry-After", "5"))
            : ApiHarness.Json(HttpStatusCode.OK, """{"id":"L1","name":"HQ"}"""));
        h.Mock.OnGet("locations/L2").Respond(_ => ApiHarness.Json(HttpStatusCode.OK, """{"id":"L2","name":"Branch"}"""));
        var start = h.Clock.GetUtcNow();
        for (int i = 0; i < 5; i++) await h.Api.Locations.DetailsAsync("L2"); // 5 answered in the last second

        var throttled = h.Api.Locations.DetailsAsync("L1");
        await h.Clock.WaitForDelaysAsync(1); // L1 waits out its Retry-After
        Assert.Null(h.Api.Session.RateLimitedUntil);
        Assert.Equal(4, h.Api.Session.RequestsPerSecond); // 80 % of what Webex allowed

        // L2 is not held for L1's 5 s: it leaves in its slot (now, the first after the cut)
        Assert.Equal("Branch", (await h.Api.Locations.DetailsAsync("L2")).Name);
        Assert.Equal(start, h.Requests[6].SentAt);
        await h.RunAsync(throttled);

        Assert.Equal("HQ", (await throttled).Name);
        Assert.Equal(TimeSpan.FromSeconds(5), h.Requests[7].SentAt - start);
        Assert.Contains(h.Logs.Lines, l => l.Id.Id == 1009 && l.Text.Contains("retrying this request in 5000 ms"));
        Assert.Contains(h.Logs.Lines, l => l.Id.Id == 1010 && l.Text.Contains("pacing the session at 4 requests/s"));
        Assert.DoesNotContain(h.Logs.Lines, l => l.Id.Id == 1002);
    }
}
