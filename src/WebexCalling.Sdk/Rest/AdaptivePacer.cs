namespace WebexCalling.Sdk.Rest;

/// <summary>
/// A client-side send rate learned from Webex's 429 answers, after the AWS SDKs' adaptive retry mode: requests flow
/// freely until the first 429; then the pace is cut to <see cref="Beta"/> of the rate Webex was seen to allow (the
/// successful answers of the last second) and grows back on a CUBIC curve, and requests are spaced evenly at that
/// pace instead of released as a burst. A 429 while nothing has been answered in the last second (a lone request) teaches
/// nothing and leaves the session unpaced. Thread-safe; the clock is the session's.
/// </summary>
internal sealed class AdaptivePacer(TimeProvider timeProvider)
{
    /// <summary>The share of the measured allowed rate a 429 cuts the pace to.</summary>
    internal const double Beta = 0.8;

    /// <summary>CUBIC's scaling constant (as the AWS SDKs): how fast the pace grows back, in requests/s per s³.</summary>
    internal const double Scale = 0.4;

    /// <summary>The slowest pace: a 429 with nothing measured still lets one request through per second.</summary>
    internal const double MinimumRate = 1;

    private const int Window = 4096; // success timestamps kept: enough for 4,096 requests/s over the 1 s window
    private readonly object _lock = new();
    private readonly long[] _successes = new long[Window];
    private int _next;
    private int _count;
    private double? _rate;          // requests/s; null: unpaced
    private double _lastMaxRate;    // the pace (or measured rate) when the last 429 came
    private long _lastCut;          // timestamp of the last cut
    private double _k;              // seconds after a cut at which the curve is back at _lastMaxRate
    private long _nextSlot;         // timestamp of the next free send slot

    /// <summary>The current pace in requests per second, or null while requests are not paced.</summary>
    internal double? Rate
    {
        get { lock (_lock) return _rate; }
    }

    /// <summary>
    /// Completes when this request's slot has come; slots are spaced <c>1 / pace</c> apart. Returns the moment the
    /// caller may send (its timestamp), which <see cref="OnThrottled"/> compares against the last cut.
    /// </summary>
    internal async ValueTask<long> WaitAsync(CancellationToken cancellationToken)
    {
        TimeSpan wait;
        long slot;
        lock (_lock)
        {
            long now = timeProvider.GetTimestamp();
            if (_rate is not double rate) return now;
            slot = Math.Max(now, _nextSlot);
            _nextSlot = slot + (long)(timeProvider.TimestampFrequency / rate);
            wait = TimeSpan.FromSeconds((slot - now) / (double)timeProvider.TimestampFrequency);
        }
        // a slot less than a millisecond away is taken at once: timers fire at millisecond resolution
        if (wait >= TimeSpan.FromMilliseconds(1))
            await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
        return slot;
    }

    /// <summary>Counts a successful answer and lets the pace grow along the curve.</summary>
    internal void OnSuccess()
    {
        lock (_lock)
        {
            long now = timeProvider.GetTimestamp();
            _successes[_next] = now;
            _next = (_next + 1) % Window;
            if (_count < Window) _count++;
            if (_rate is null) return;
            double t = (now - _lastCut) / (double)timeProvider.TimestampFrequency;
            double cubic = Scale * Math.Pow(t - _k, 3) + _lastMaxRate;
            // never more than twice what is actually flowing: an idle session does not learn an unbounded pace
            _rate = Math.Max(MinimumRate, Math.Min(cubic, 2 * Math.Max(MeasuredLocked(now), _lastMaxRate * Beta)));
        }
    }

    /// <summary>
    /// A request sent at <paramref name="sentAt"/> was throttled: cut the pace, unless the request left before the
    /// last cut (the in-flight requests of one burst answer 429 together; the first one already cut for all).
    /// Returns the new pace, or null when nothing changed.
    /// </summary>
    internal double? OnThrottled(long sentAt)
    {
        lock (_lock)
        {
            long now = timeProvider.GetTimestamp();
            if (_rate is not null && sentAt < _lastCut) return null;
            double measured = MeasuredLocked(now);
            // nothing answered in the last second: no rate to learn from, the throttled request's own wait will do
            if (_rate is null && measured == 0) return null;
            double basis = _rate is double rate ? (measured > 0 ? Math.Min(rate, measured) : rate) : measured;
            _lastMaxRate = basis;
            _rate = Math.Max(MinimumRate, basis * Beta);
            _lastCut = now;
            _k = Math.Cbrt(_lastMaxRate * (1 - Beta) / Scale);
            // what is already booked stands; new slots start from now at the new pace
            _nextSlot = Math.Max(_nextSlot, now);
            return _rate;
        }
    }

    // successful answers within the last second
    private double MeasuredLocked(long now)
    {
        long since = now - timeProvider.TimestampFrequency;
        int n = 0;
        for (int i = 1; i <= _count; i++)
        {
            if (_successes[(_next - i + Window) % Window] < since) break;
            n++;
        }
        return n;
    }
}
