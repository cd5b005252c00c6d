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
