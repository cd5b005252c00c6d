using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.Tests.Rest;

public class BackoffTests
{
    [Theory]
    [InlineData(0, 0.0, 500)]     // step 1 s: half fixed
    [InlineData(0, 0.5, 750)]     // ... plus the jitter's share of the other half
    [InlineData(3, 0.0, 4_000)]   // step 8 s
    [InlineData(3, 1.0, 8_000)]
    [InlineData(10, 0.0, 15_000)] // step 1024 s, capped at MaxDelay 30 s
    [InlineData(10, 1.0, 30_000)]
    [InlineData(1000, 0.5, 22_500)]
    public void Exponential_EqualJitterCappedAtMaxDelay_IsExact(int attempt, double jitter, int expectedMs)
    {
        var options = new WebexRetryOptions { NextJitter = () => jitter };

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), Backoff.Exponential(attempt, options));
    }

    [Theory]
    [InlineData(0, 0, 0, 0.0, 100)]       // no delay configured: the 200 ms minimum step, half of it fixed
    [InlineData(0, 0, 0, 0.99, 199)]
    [InlineData(0, 0, 5, 0.5, 150)]       // the minimum step does not grow past a MaxDelay below it
    [InlineData(5, 50, 0, 0.0, 100)]      // a step below the minimum is raised to it
    [InlineData(5, 50_000, 3, 0.0, 800)]  // ... and doubles from there: 1.6 s
    [InlineData(500, 30_000, 0, 0.0, 250)] // a step above the minimum is kept
    public void Exponential_TinyDelays_NeverBelowTheMinimumStep(int baseMs, int maxMs, int attempt, double jitter, int expectedMs)
    {
        var options = new WebexRetryOptions
        {
            BaseDelay = TimeSpan.FromMilliseconds(baseMs),
            MaxDelay = TimeSpan.FromMilliseconds(maxMs),
            NextJitter = () => jitter,
        };

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), Backoff.Exponential(attempt, options));
    }

    [Theory]
    [InlineData(null, 750)]   // no header: the backoff
    [InlineData("0", 750)]    // shorter than the backoff: the backoff
    [InlineData("3", 3_000)]  // longer: as Webex asked, without jitter
    [InlineData("600", 60_000)] // capped at MaxRetryAfter
    public void RateLimitDelay_IsTheLongerOfRetryAfterAndTheBackoff(string? header, int expectedMs)
    {
        var options = new WebexRetryOptions { NextJitter = () => 0.5 };
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.TooManyRequests);
        if (header is not null) response.Headers.TryAddWithoutValidation("Retry-After", header);

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), Backoff.RateLimit(response, 0, options, TimeProvider.System));
    }

    [Fact]
    public void Exponential_DefaultJitter_StaysWithinTheUpperHalfOfTheStep()
    {
        var options = new WebexRetryOptions();

        for (int i = 0; i < 1000; i++)
            Assert.InRange(Backoff.Exponential(1, options), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void CopyTo_CarriesTheJitterSource()
    {
        Func<double> jitter = () => 0.25;
        var options = new WebexApiOptions();
        options.Retry.NextJitter = jitter;

        Assert.Same(jitter, options.Clone().Retry.NextJitter);
    }
}
