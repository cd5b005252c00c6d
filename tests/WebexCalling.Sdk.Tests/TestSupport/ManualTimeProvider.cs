using Microsoft.Extensions.Time.Testing;

namespace WebexCalling.Sdk.Tests.TestSupport;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that sees every timer the code under test starts on it, so that a test moves the
/// clock only once that code waits, and exactly to the moment it waits for. Moving a fake clock "a bit, then a bit
/// more" races the code: a step taken before a timer is registered is lost to it, and a step that overshoots adds
/// to the wait the test measures.
/// </summary>
/// <remarks>
/// A <em>delay</em> is a timer the code waits on (<c>Task.Delay(…, timeProvider)</c>: retry backoff, Retry-After,
/// the rate-limit gate, simulated latency); a <em>timeout</em> is the timer of a
/// <c>new CancellationTokenSource(…, timeProvider)</c>, which runs beside work in flight. Waiting for a delay is
/// safe while requests are in flight; jumping to a timeout is only right once the work it guards is known to hang.
/// Shared with the integration tests (linked into that project).
/// </remarks>
public sealed class ManualTimeProvider : FakeTimeProvider
{
    /// <summary>How long (real time) the Wait/Advance methods wait for the code to start a timer.</summary>
    public static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(30);

    private readonly object _sync = new();      // the bookkeeping
    private readonly object _clockLock = new(); // moving the clock vs starting a timer
    private readonly List<TrackedTimer> _timers = [];
    private readonly List<TimeSpan> _delays = [];
    private long _sequence;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ManualTimeProvider() : this(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero)) { }

    public ManualTimeProvider(DateTimeOffset start) : base(start) { }

    /// <summary>The timers started and not yet fired, changed to never or disposed; earliest first.</summary>
    public IReadOnlyList<PendingTimer> Pending
    {
        get
        {
            lock (_sync)
                return _timers.Where(t => t.Due is not null).OrderBy(t => t.Due).ThenBy(t => t.Sequence)
                    .Select(t => new PendingTimer(t.Requested, t.Due!.Value, t.IsTimeout)).ToList();
        }
    }

    /// <summary>Every delay the code asked for, in the order it asked (what to assert, rather than elapsed time).</summary>
    public IReadOnlyList<TimeSpan> Delays
    {
        get { lock (_sync) return _delays.ToList(); }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        // a CancellationTokenSource passes itself as the state of its timeout timer; Task.Delay passes its own promise
        var tracked = new TrackedTimer(this, state is CancellationTokenSource, Interlocked.Increment(ref _sequence));
        // the clock cannot move between reading "now" for the due time and the fake timer reading it for its own
        lock (_clockLock)
        {
            tracked.Set(dueTime, period, created: true);
            // a due time of zero fires inside base.CreateTimer, before Inner is set: Fired copes
            tracked.Inner = base.CreateTimer(s =>
            {
                tracked.Fired();
                callback(s);
            }, state, dueTime, period);
        }
        Changed();
        return tracked;
    }

    /// <summary>Waits until the code waits on at least <paramref name="count"/> delays; returns the earliest.</summary>
    /// <exception cref="TimeoutException">It did not within <see cref="WaitLimit"/>.</exception>
    public async Task<PendingTimer> WaitForDelaysAsync(int count = 1)
    {
        var pending = await WaitUntilAsync(timers => timers.Count(t => !t.IsTimeout) >= count, $"{count} pending delay(s)");
        return pending.First(t => !t.IsTimeout);
    }

    /// <summary>
    /// Waits until the code waits on a delay, then moves the clock exactly to the earliest delay's due time (firing
    /// it, and any other timer due by then). Returns the delay the code asked for.
    /// </summary>
    /// <exception cref="TimeoutException">No delay was started within <see cref="WaitLimit"/>.</exception>
    public async Task<TimeSpan> AdvanceToNextDelayAsync()
    {
        var next = await WaitForDelaysAsync();
        AdvanceTo(next.Due);
        return next.Requested;
    }

    /// <summary>
    /// Waits until any timer is pending, timeouts included, then moves the clock exactly to the earliest one's due
    /// time. Returns the time the code asked for. Use it once the work is known to wait (a request that hangs).
    /// </summary>
    /// <exception cref="TimeoutException">No timer was started within <see cref="WaitLimit"/>.</exception>
    public async Task<TimeSpan> AdvanceToNextTimerAsync()
    {
        var next = (await WaitUntilAsync(timers => timers.Count > 0, "a pending timer"))[0];
        AdvanceTo(next.Due);
        return next.Requested;
    }

    /// <summary>
    /// Runs <paramref name="work"/> to completion, moving the clock to each delay it waits on in turn (never to a
    /// timeout). Returns the fake time that passed.
    /// </summary>
    /// <exception cref="TimeoutException">The work neither completed nor waited on a delay within <see cref="WaitLimit"/>.</exception>
    public async Task<TimeSpan> RunAsync(Task work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var start = GetUtcNow();
        while (!work.IsCompleted)
        {
            var next = await WaitUntilAsync(timers => timers.Any(t => !t.IsTimeout), "a pending delay or the end of the work", work);
            if (next is null) break;
            AdvanceTo(next.First(t => !t.IsTimeout).Due);
        }
        return GetUtcNow() - start;
    }

    private void AdvanceTo(DateTimeOffset due)
    {
        lock (_clockLock)
        {
            var by = due - GetUtcNow();
            if (by > TimeSpan.Zero) Advance(by);
        }
    }

    private Task<IReadOnlyList<PendingTimer>> WaitUntilAsync(Func<IReadOnlyList<PendingTimer>, bool> condition, string what) =>
        WaitUntilAsync(condition, what, null)!;

    // null when `orDone` completed first
    private async Task<IReadOnlyList<PendingTimer>?> WaitUntilAsync(Func<IReadOnlyList<PendingTimer>, bool> condition, string what,
        Task? orDone)
    {
        var limit = Task.Delay(WaitLimit);
        while (true)
        {
            Task changed;
            lock (_sync) changed = _changed.Task; // taken before looking: a change after the look completes it
            if (orDone?.IsCompleted == true) return null;
            var pending = Pending;
            if (condition(pending)) return pending;
            if (limit.IsCompleted)
                throw new TimeoutException(
                    $"Waited {WaitLimit.TotalSeconds} s (real time) for {what}; pending: [{string.Join(", ", pending)}], delays so far: [{string.Join(", ", Delays)}].");
            await Task.WhenAny(orDone is null ? [changed, limit] : [changed, orDone, limit]);
        }
    }

    private void Changed()
    {
        TaskCompletionSource done;
        lock (_sync)
        {
            done = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        done.TrySetResult();
    }

    /// <summary>A timer that has not fired yet: what the code asked for, when it fires, and whether it is a timeout.</summary>
    public sealed record PendingTimer(TimeSpan Requested, DateTimeOffset Due, bool IsTimeout)
    {
        public override string ToString() => $"{(IsTimeout ? "timeout" : "delay")} {Requested.TotalMilliseconds} ms due {Due:HH:mm:ss.fff}";
    }

    private sealed class TrackedTimer(ManualTimeProvider clock, bool isTimeout, long sequence) : ITimer
    {
        public ITimer? Inner { get; set; }
        public bool IsTimeout { get; } = isTimeout;
        public long Sequence { get; } = sequence;
        public TimeSpan Requested { get; private set; }
        public DateTimeOffset? Due { get; private set; }
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public void Set(TimeSpan dueTime, TimeSpan period, bool created = false)
        {
            lock (clock._sync)
            {
                if (created) clock._timers.Add(this);
                Requested = dueTime;
                _period = period;
                Due = dueTime == Timeout.InfiniteTimeSpan ? null : clock.GetUtcNow() + dueTime;
                if (!IsTimeout && Due is not null) clock._delays.Add(dueTime);
            }
            if (!created) clock.Changed();
        }

        public void Fired()
        {
            lock (clock._sync)
            {
                if (_period == Timeout.InfiniteTimeSpan || _period == TimeSpan.Zero) Due = null;
                else Due = clock.GetUtcNow() + _period;
            }
            clock.Changed();
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._clockLock)
            {
                Set(dueTime, period);
                return Inner!.Change(dueTime, period);
            }
        }

        public void Dispose()
        {
            lock (clock._sync) clock._timers.Remove(this);
            clock.Changed();
            Inner?.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
