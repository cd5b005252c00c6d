namespace WebexCalling.Sdk.Rest;

/// <summary>
/// A client-side send rate learned from Webex's 429 answers, after the AWS SDKs' adaptive retry mode: requests flow
/// freely until the first 429; then the pace is cut below the rate Webex was seen to allow and grows back on a CUBIC
/// curve, and requests are spaced evenly at that pace instead of released as a burst. A 429 while nothing has been
/// answered in the last second (a lone request) teaches nothing and leaves the session unpaced. Thread-safe; the
/// clock is the session's.
/// </summary>
/// <remarks>
/// What Webex allows is read off its answers. A 429 means its allowance was used up at that moment; between two such
/// moments it let through exactly what it allows in that time (less, if the allowance sat full for a while). So a
/// 429 with at least <see cref="MinimumMeasured"/> answers since the one measured from cuts to
/// <see cref="MeasuredBeta"/> of that rate, the plateau the curve grows back to. The first 429 has no such window:
/// the rate of answers over the last second (over the session's life, when shorter) is all there is, and it is what
/// the session was sending, burst included, so that cut is deeper (<see cref="Beta"/>), as is any cut from the last
/// second; it still stands when it is above the measured one (the allowance sat full, so the window read low). Once
/// the pace stands on a measured rate, a 429 within a second of the cut and before enough answers came to read a new
/// rate is ignored (only that request waits): it is what the old pace left behind. After a cut the next new slot is one interval away, as
/// Webex's allowance is empty then.
/// </remarks>
internal sealed class AdaptivePacer(TimeProvider timeProvider)
{
    /// <summary>The share of the last second's answer rate (at most the pace) a 429 without a measured rate cuts to.</summary>
    internal const double Beta = 0.8;

    /// <summary>The share of the rate measured between two 429s a later 429 cuts the pace to.</summary>
    internal const double MeasuredBeta = 0.95;

    /// <summary>Successful answers between two 429s needed before their rate is trusted.</summary>
    internal const int MinimumMeasured = 20;

    /// <summary>CUBIC's scaling constant (as the AWS SDKs): how fast the pace grows back, in requests/s per s³.</summary>
    internal const double Scale = 0.4;

    /// <summary>The slowest pace: a 429 with nothing measured still lets one request through per second.</summary>
    internal const double MinimumRate = 1;

    private const int Window = 4096; // success timestamps kept: enough for 4,096 requests/s over the 1 s window
    private readonly object _lock = new();
    private readonly long[] _successes = new long[Window];
    private int _next;
    private int _count;
    private long _answered;         // successful answers so far
    private long _measuredFrom;     // timestamp of the 429 the rate is measured from
    private long _answeredBefore;   // successful answers before it
    private double? _rate;          // requests/s; null: unpaced
    private double _lastMaxRate;    // the rate the last cut was taken from
    private long _lastCut;          // timestamp of the last cut
    private double _k;              // seconds after a cut at which the curve is back at _lastMaxRate
    private long _nextSlot;         // timestamp of the next free send slot
    private int _cuts;              // cuts so far
    private long _firstAnswer;      // timestamp of the first successful answer
    private bool _measured;         // the last cut was from a rate measured between two 429s

    /// <summary>The current pace in requests per second, or null while requests are not paced.</summary>
    internal double? Rate
    {
        get { lock (_lock) return _rate; }
    }

    /// <summary>
    /// Books the next send slot (slots are spaced <c>1 / pace</c> apart): the timestamp at which the request may leave,
    /// and the number of cuts so far, which <see cref="OnThrottled"/> takes back: a request booked before the last cut
    /// left at the old pace, so its 429 says nothing new.
    /// </summary>
    internal (long Slot, int Cuts) Book()
    {
        lock (_lock)
        {
            long now = timeProvider.GetTimestamp();
            if (_rate is not double rate) return (now, _cuts);
            long slot = Math.Max(now, _nextSlot);
            _nextSlot = slot + (long)(timeProvider.TimestampFrequency / rate);
            return (slot, _cuts);
        }
    }

    /// <summary>Books a slot (<see cref="Book"/>) and completes when it has come; returns the cuts it was booked after.</summary>
    internal async ValueTask<int> WaitAsync(CancellationToken cancellationToken)
    {
        var (slot, cuts) = Book();
        var wait = TimeSpan.FromSeconds((slot - timeProvider.GetTimestamp()) / (double)timeProvider.TimestampFrequency);
        // a slot less than a millisecond away is taken at once: timers fire at millisecond resolution
        if (wait >= TimeSpan.FromMilliseconds(1))
            await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
        return cuts;
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
            if (_answered++ == 0) _firstAnswer = now;
            if (_rate is null) return;
            double t = (now - _lastCut) / (double)timeProvider.TimestampFrequency;
            double cubic = Scale * Math.Pow(t - _k, 3) + _lastMaxRate;
            // never more than twice what is actually flowing: an idle session does not learn an unbounded pace
            _rate = Math.Max(MinimumRate, Math.Min(cubic, 2 * Math.Max(LastSecondLocked(now), _lastMaxRate * Beta)));
        }
    }

    /// <summary>
    /// A request was throttled: cut the pace, unless the request was booked before the last cut (<paramref name="cuts"/>,
    /// from <see cref="Book"/>, is less than the cuts so far): the requests of one burst answer 429 together, and the
    /// first one already cut for all. Returns the new pace, or null when nothing changed.
    /// </summary>
    internal double? OnThrottled(int cuts)
    {
        lock (_lock)
        {
            long now = timeProvider.GetTimestamp();
            if (cuts < _cuts) return null;
            double lastSecond = LastSecondLocked(now);
            // nothing answered in the last second: no rate to learn from, the throttled request's own wait will do
            if (_rate is null && lastSecond == 0) return null;
            // the curve's plateau (the rate the pace grows back to) and the cut below it
            double plateau = _rate is double rate ? (lastSecond > 0 ? Math.Min(rate, lastSecond) : rate) : lastSecond;
            double cut = Beta * plateau;
            long since = _answered - _answeredBefore;
            bool measured = _rate is not null && since >= MinimumMeasured && now > _measuredFrom;
            // the pace stands on a measured rate, cut less than a second ago, and too few answers came since to read
            // a new one: this 429 is what the old pace left behind (slots booked before the cut, an allowance still
            // empty), not a sign that the new pace is too fast; only the throttled request waits. Later, fewer
            // answers than that in a second mean Webex now allows less: cut from the last second
            if (!measured && _measured && now - _lastCut < timeProvider.TimestampFrequency) return null;
            if (measured)
            {
                // the allowance was used up at that 429 and is again now: what came through between is its rate (or
                // less, when it sat full for a while: the cut from the last second then still stands)
                double window = since * (double)timeProvider.TimestampFrequency / (now - _measuredFrom);
                if (MeasuredBeta * window > cut) (plateau, cut) = (window, MeasuredBeta * window);
            }
            _measured = measured;
            // the next rate is measured from this 429, unless too few answers came since the one measured from:
            // then from that one still, over the longer window
            if (measured || _rate is null)
            {
                _measuredFrom = now;
                _answeredBefore = _answered;
            }
            _rate = Math.Max(MinimumRate, cut);
            _lastMaxRate = plateau;
            _lastCut = now;
            _cuts++;
            _k = Math.Cbrt(Math.Max(0, plateau - cut) / Scale);
            // what is already booked stands; the allowance is used up now, so the next new slot is one interval away
            _nextSlot = Math.Max(_nextSlot, now + (long)(timeProvider.TimestampFrequency / _rate.Value));
            return _rate;
        }
    }

    // successful answers per second over the last second, or over the time since the first answer when that is
    // shorter (at least 50 ms): a session a quarter second old that had 30 answers saw 120/s, not 30/s
    private double LastSecondLocked(long now)
    {
        double age = (now - _firstAnswer) / (double)timeProvider.TimestampFrequency;
        double n = AnswersLocked(now);
        return _answered > 0 && age < 1 ? n / Math.Max(age, 0.05) : n;
    }

    // successful answers within the last second
    private int AnswersLocked(long now)
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
