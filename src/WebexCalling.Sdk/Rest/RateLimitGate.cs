namespace WebexCalling.Sdk.Rest;

/// <summary>
/// Holds every request of one session while Webex has throttled any of them, so that N concurrent workers wait
/// out one <c>Retry-After</c> together instead of each running into more 429s.
/// </summary>
internal sealed class RateLimitGate(TimeProvider timeProvider)
{
    private long _pausedUntilTicks; // UTC ticks; 0: open

    /// <summary>The moment the gate opens again, or null when it is open.</summary>
    internal DateTimeOffset? PausedUntil
    {
        get
        {
            long ticks = Interlocked.Read(ref _pausedUntilTicks);
            return ticks > timeProvider.GetUtcNow().UtcTicks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;
        }
    }

    /// <summary>Closes the gate for <paramref name="wait"/> from now, unless it is already closed for longer.</summary>
    internal void PauseFor(TimeSpan wait)
    {
        if (wait <= TimeSpan.Zero) return;
        long until = timeProvider.GetUtcNow().UtcTicks + wait.Ticks;
        long seen = Interlocked.Read(ref _pausedUntilTicks);
        while (until > seen)
        {
            long prior = Interlocked.CompareExchange(ref _pausedUntilTicks, until, seen);
            if (prior == seen) return;
            seen = prior;
        }
    }

    /// <summary>Completes when the gate is open; returns how long it waited.</summary>
    internal async ValueTask<TimeSpan> WaitAsync(CancellationToken cancellationToken)
    {
        TimeSpan waited = TimeSpan.Zero;
        while (true)
        {
            long remaining = Interlocked.Read(ref _pausedUntilTicks) - timeProvider.GetUtcNow().UtcTicks;
            if (remaining <= 0) return waited;
            // whole milliseconds: timers fire at millisecond resolution, so a shorter delay completes at once and this
            // loop would spin (forever on a clock that only moves when the caller moves it, as in tests)
            var wait = TimeSpan.FromMilliseconds(Math.Ceiling(remaining / (double)TimeSpan.TicksPerMillisecond));
            await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
            waited += wait;
        }
    }
}
