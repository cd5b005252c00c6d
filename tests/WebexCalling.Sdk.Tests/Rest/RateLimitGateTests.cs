using Microsoft.Extensions.Time.Testing;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.Tests.Rest;

public class RateLimitGateTests
{
    [Fact]
    public async Task WaitAsync_PauseShorterThanAMillisecond_WaitsForTheClockInsteadOfSpinning()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero));
        var gate = new RateLimitGate(clock);
        gate.PauseFor(TimeSpan.FromTicks(4_000)); // 0.4 ms, as a jittered backoff can leave
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        // a sub-millisecond timer fires at once: the gate used to loop on it without the clock ever moving
        var wait = Task.Run(() => gate.WaitAsync(cts.Token).AsTask());
        await Task.Delay(100);
        Assert.False(wait.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(TimeSpan.FromMilliseconds(1), await wait);
    }
}
