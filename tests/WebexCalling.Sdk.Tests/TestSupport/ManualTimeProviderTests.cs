namespace WebexCalling.Sdk.Tests.TestSupport;

/// <summary>The fake clock the timing tests rely on: it must wait for a late timer and tell delays from timeouts.</summary>
public class ManualTimeProviderTests
{
    [Fact]
    public async Task AdvanceToNextDelayAsync_DelayStartedLate_WaitsForItThenFiresItExactly()
    {
        var clock = new ManualTimeProvider();
        var start = clock.GetUtcNow();
        var work = Task.Run(async () =>
        {
            await Task.Delay(200); // real time: the test's advance must not run before this delay exists
            await Task.Delay(TimeSpan.FromSeconds(3), clock);
            return clock.GetUtcNow();
        });

        var asked = await clock.AdvanceToNextDelayAsync();

        Assert.Equal(TimeSpan.FromSeconds(3), asked);
        Assert.Equal(start + TimeSpan.FromSeconds(3), await work.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Empty(clock.Pending);
    }

    [Fact]
    public void Pending_TimerOfACancellationTokenSource_IsATimeoutNotADelay()
    {
        var clock = new ManualTimeProvider();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10), clock);

        var timer = Assert.Single(clock.Pending);
        Assert.True(timer.IsTimeout);
        Assert.Equal(TimeSpan.FromSeconds(10), timer.Requested);
        Assert.Empty(clock.Delays);
    }

    [Fact]
    public async Task RunAsync_DelaysBesideATimeout_MovesToEachDelayButNotToTheTimeout()
    {
        var clock = new ManualTimeProvider();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10), clock);
        var work = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(4), clock, timeout.Token);
            await Task.Delay(TimeSpan.FromSeconds(5), clock, timeout.Token);
        });

        var elapsed = await clock.RunAsync(work);

        await work;
        Assert.Equal(TimeSpan.FromSeconds(9), elapsed);
        Assert.False(timeout.IsCancellationRequested);
        Assert.Equal(new[] { TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(5) }, clock.Delays);
    }
}
