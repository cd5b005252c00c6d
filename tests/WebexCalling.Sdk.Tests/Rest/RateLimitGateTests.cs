using WebexCalling.Sdk.Rest;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Rest;

public class RateLimitGateTests
{
    [Fact]
    public async Task WaitAsync_PauseShorterThanAMillisecond_WaitsForTheClockInsteadOfSpinning()
    {
        var clock = new ManualTimeProvider();
        var gate = new RateLimitGate(clock);
        gate.PauseFor(TimeSpan.FromTicks(4_000)); // 0.4 ms, as a jittered backoff can leave
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        // a sub-millisecond timer fires at once: the gate used to loop on it without the clock ever moving
        var wait = Task.Run(() => gate.WaitAsync(cts.Token).AsTask());
        var pending = await clock.WaitForDelaysAsync();
        Assert.Equal(TimeSpan.FromMilliseconds(1), pending.Requested); // rounded up to a whole millisecond
        Assert.False(wait.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(TimeSpan.FromMilliseconds(1), await wait);
        Assert.Single(clock.Delays); // one wait, no spinning
    }
}
