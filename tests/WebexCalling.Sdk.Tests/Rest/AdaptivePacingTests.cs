using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Rest;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Rest;

public class AdaptivePacingTests
{
    private static readonly TimeSpan Ms10 = TimeSpan.FromMilliseconds(10);

    // a session's first answer, then a second later 100 successful answers 10 ms apart: Webex allowed 100 requests
    // in the last second
    private static AdaptivePacer PacerAfter100PerSecond(ManualTimeProvider clock)
    {
        var pacer = new AdaptivePacer(clock);
        pacer.OnSuccess();
        clock.Advance(TimeSpan.FromSeconds(1));
        for (int i = 0; i < 100; i++)
        {
            clock.Advance(Ms10);
            pacer.OnSuccess();
        }
        return pacer;
    }

    // n successful answers spread evenly over the given time
    private static void Answers(AdaptivePacer pacer, ManualTimeProvider clock, int n, TimeSpan over)
    {
        for (int i = 0; i < n; i++)
        {
            clock.Advance(over / n);
            pacer.OnSuccess();
        }
    }

    private static double? Throttled(AdaptivePacer pacer) => pacer.OnThrottled(pacer.Book().Cuts);

    [Fact]
    public void OnThrottled_First429_CutsThePaceTo80PercentOfTheAnswersOfTheLastSecond()
    {
        var clock = new ManualTimeProvider();
        var pacer = PacerAfter100PerSecond(clock);
        Assert.Null(pacer.Rate); // unpaced until the first 429

        Assert.Equal(80, Throttled(pacer));
        Assert.Equal(80, pacer.Rate);
    }

    [Fact]
    public void OnThrottled_First429InASessionYoungerThanASecond_CutsFromItsRatePerSecondSoFar()
    {
        var clock = new ManualTimeProvider();
        var pacer = new AdaptivePacer(clock);

        // 30 answers in the session's first quarter second: it was getting 120/s, not 30/s
        pacer.OnSuccess();
        Answers(pacer, clock, 29, TimeSpan.FromMilliseconds(250));

        Assert.Equal(0.8 * 30 / 0.25, Throttled(pacer)!.Value, 3);
    }

    [Fact]
    public void OnThrottled_RequestBookedBeforeTheCut_DoesNotCutAgain()
    {
        var clock = new ManualTimeProvider();
        var pacer = PacerAfter100PerSecond(clock);
        int bookedBeforeTheCut = pacer.Book().Cuts;
        clock.Advance(Ms10);
        Throttled(pacer);

        // the other requests of the same burst answer 429 too: one cut is enough
        clock.Advance(Ms10);
        Assert.Null(pacer.OnThrottled(bookedBeforeTheCut));
        Assert.Equal(80, pacer.Rate);
    }

    [Fact]
    public void OnThrottled_Later429_CutsTo95PercentOfTheRateMeasuredSinceTheLast429()
    {
        var clock = new ManualTimeProvider();
        var pacer = PacerAfter100PerSecond(clock);
        Throttled(pacer); // 80/s

        // 180 answers in the 2 s to the next 429: Webex allows 90/s (the last second's 0.8 × 90 would be 72)
        Answers(pacer, clock, 180, TimeSpan.FromSeconds(2));
        Assert.Equal(0.95 * 90, Throttled(pacer)!.Value, 3);
    }

    [Fact]
    public void OnThrottled_TooFewAnswersSinceTheLast429_CutsFromTheLastSecondAndMeasuresOnFromThatOne()
    {
        var clock = new ManualTimeProvider();
        var pacer = PacerAfter100PerSecond(clock);
        Throttled(pacer); // 80/s, measured from here on

        Answers(pacer, clock, 5, TimeSpan.FromMilliseconds(50));
        double pace = pacer.Rate!.Value; // a little above 80 by now, along the curve
        // 5 answers are too few to read a rate from: 0.8 × the pace (less than the last second's 100 answers)
        Assert.Equal(0.8 * pace, Throttled(pacer)!.Value, 6);

        // the third 429 reads the rate over both windows: 5 + 145 answers in 2 s
        Answers(pacer, clock, 145, TimeSpan.FromMilliseconds(1950));
        Assert.Equal(0.95 * 75, Throttled(pacer)!.Value, 3);
    }

    [Fact]
    public void OnThrottled_SoonAfterACutFromAMeasuredRate_IsTheOldPacesLeftoverAndChangesNothing()
    {
        var clock = new ManualTimeProvider();
        var pacer = PacerAfter100PerSecond(clock);
        Throttled(pacer);
        Answers(pacer, clock, 180, TimeSpan.FromSeconds(2));
        double measured = Throttled(pacer)!.Value; // 95 % of 90/s

        // requests booked at the old pace, or Webex's allowance not yet refilled: no new rate to read from 3 answers
        Answers(pacer, clock, 3, TimeSpan.FromMilliseconds(30));
        Assert.Null(Throttled(pacer));
        Assert.InRange(pacer.Rate!.Value, measured, measured + 1); // grown a little along the curve, not cut

        // with enough answers since the measured cut, the next 429 reads the rate again
        Answers(pacer, clock, 147, TimeSpan.FromMilliseconds(1970));
        Assert.Equal(0.95 * 75, Throttled(pacer)!.Value, 3);
    }

    [Fact]
    public void OnThrottled_AMeasuredPaceThatWebexNoLongerAllows_IsCutASecondLaterWithoutWaitingFor20Answers()
    {
        var clock = new ManualTimeProvider();
        var pacer = PacerAfter100PerSecond(clock);
        Throttled(pacer);
        Answers(pacer, clock, 180, TimeSpan.FromSeconds(2));
        double measured = Throttled(pacer)!.Value; // 85.5/s

        // Webex now allows 5/s (another app shares the quota): 5 answers in the next second, 429s all along
        Answers(pacer, clock, 5, TimeSpan.FromMilliseconds(900));
        Assert.Null(Throttled(pacer)); // within the second: could still be the old pace's leftovers
        clock.Advance(TimeSpan.FromMilliseconds(150));
        double? cut = Throttled(pacer);

        Assert.Equal(0.8 * 5, cut!.Value, 6); // 0.8 × the 5 answers of the last second, down from 85.5/s
        Assert.True(measured > 80);
    }

    [Fact]
    public void OnThrottled_FewerAnswersSinceTheLast429ThanInTheLastSecond_TheLastSecondsCutStands()
    {
        var clock = new ManualTimeProvider();
        var pacer = PacerAfter100PerSecond(clock);
        Throttled(pacer);

        // a quiet spell (Webex's allowance filled up and overflowed), then 80 answers in the last second: the 9.5 s
        // window reads about 10/s, which is not what Webex allows
        Answers(pacer, clock, 20, TimeSpan.FromSeconds(8));
        clock.Advance(TimeSpan.FromMilliseconds(500));
        Answers(pacer, clock, 80, TimeSpan.FromSeconds(1));
        double pace = pacer.Rate!.Value;

        Assert.Equal(0.8 * Math.Min(pace, 80), Throttled(pacer)!.Value, 6);
    }

    [Fact]
    public void OnSuccess_AfterACut_ThePaceGrowsBackAlongTheCurve()
    {
        var clock = new ManualTimeProvider();
        var pacer = PacerAfter100PerSecond(clock);
        Throttled(pacer);
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
    public async Task WaitAsync_AfterACut_SpacesRequestsEvenlyFromOneIntervalOn()
    {
        var clock = new ManualTimeProvider();
        var pacer = PacerAfter100PerSecond(clock);
        Throttled(pacer); // 80/s: a slot every 12.5 ms; Webex's allowance is used up now, so the first is 12.5 ms away

        var first = pacer.WaitAsync(CancellationToken.None).AsTask();
        var second = pacer.WaitAsync(CancellationToken.None).AsTask();
        await clock.WaitForDelaysAsync(2);

        // timers run in whole milliseconds: each waits to (just before) its slot
        Assert.Collection(clock.Delays, d => Assert.InRange(d.TotalMilliseconds, 12, 12.5), d => Assert.InRange(d.TotalMilliseconds, 24, 25));
        Assert.False(first.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(25));
        Assert.Equal(1, await first); // booked after one cut
        Assert.Equal(1, await second);
    }

    [Fact]
    public async Task WaitAsync_CancelledWhileWaitingForItsSlot_Throws()
    {
        var clock = new ManualTimeProvider();
        var pacer = PacerAfter100PerSecond(clock);
        Throttled(pacer);
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

        Assert.Null(Throttled(pacer)); // a lone request: no rate to learn from
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
        await h.Api.Locations.DetailsAsync("L2"); // the session's first answer, a while ago
        h.Clock.Advance(TimeSpan.FromSeconds(1.5));
        var start = h.Clock.GetUtcNow();
        for (int i = 0; i < 5; i++) await h.Api.Locations.DetailsAsync("L2"); // 5 answered in the last second

        var throttled = h.Api.Locations.DetailsAsync("L1");
        await h.Clock.WaitForDelaysAsync(1); // L1 waits out its Retry-After
        Assert.Null(h.Api.Session.RateLimitedUntil);
        Assert.Equal(4, h.Api.Session.RequestsPerSecond); // 80 % of what Webex allowed

        // L2 is not held for L1's 5 s: it leaves in its slot, one interval (a quarter second at 4/s) after the cut
        var l2 = h.Api.Locations.DetailsAsync("L2");
        await h.Clock.WaitForDelaysAsync(2);
        h.Clock.Advance(TimeSpan.FromMilliseconds(250));
        Assert.Equal("Branch", (await l2).Name);
        Assert.Equal(TimeSpan.FromMilliseconds(250), h.Requests[7].SentAt - start);
        await h.RunAsync(throttled);

        Assert.Equal("HQ", (await throttled).Name);
        Assert.Equal(TimeSpan.FromSeconds(5), h.Requests[8].SentAt - start);
        Assert.Contains(h.Logs.Lines, l => l.Id.Id == 1009 && l.Text.Contains("retrying this request in 5000 ms"));
        Assert.Contains(h.Logs.Lines, l => l.Id.Id == 1010 && l.Text.Contains("pacing the session at 4 requests/s"));
        Assert.DoesNotContain(h.Logs.Lines, l => l.Id.Id == 1002);
    }
}
