using System.Globalization;
using System.Net.Http.Headers;

namespace WebexCalling.Sdk.Rest;

/// <summary>Retry delays: exponential backoff with jitter, and Webex's <c>Retry-After</c> read defensively.</summary>
internal static class Backoff
{
    /// <summary>
    /// The shortest backoff step, whatever <see cref="WebexRetryOptions.BaseDelay"/> and
    /// <see cref="WebexRetryOptions.MaxDelay"/> say; with equal jitter no retry comes sooner than half of it (100 ms),
    /// so a server that answers 429 with <c>Retry-After: 0</c> (or 503) every time is not hammered.
    /// </summary>
    internal static readonly TimeSpan MinimumStep = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// The longest wait a .NET timer supports (<c>uint.MaxValue - 1</c> ms, about 49.7 days): <c>Task.Delay</c> and
    /// <c>CancellationTokenSource</c> throw beyond it.
    /// </summary>
    internal static readonly TimeSpan TimerLimit = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    /// <summary>
    /// Exponential backoff with "equal jitter": half the exponential step fixed, half random. The step starts at
    /// <see cref="WebexRetryOptions.BaseDelay"/> (at least <see cref="MinimumStep"/>) and doubles per attempt up to
    /// <see cref="WebexRetryOptions.MaxDelay"/> (or the minimum step, when that is longer).
    /// </summary>
    /// <param name="attempt">0 for the first retry.</param>
    /// <param name="options">Base and maximum delay, and the source of the jitter.</param>
    internal static TimeSpan Exponential(int attempt, WebexRetryOptions options)
    {
        double minimum = MinimumStep.TotalMilliseconds;
        double first = Math.Max(options.BaseDelay.TotalMilliseconds, minimum);
        double exponential = first * Math.Pow(2, Math.Min(attempt, 30));
        double capped = Math.Min(exponential, Math.Max(options.MaxDelay.TotalMilliseconds, minimum));
        double jitter = Math.Clamp(options.NextJitter(), 0, 1);
        return TimeSpan.FromMilliseconds(capped / 2 + jitter * capped / 2);
    }

    /// <summary>
    /// The wait before retrying a 429 (or a 502/503/504 that says when to come back): what <c>Retry-After</c> asks for (capped at
    /// <see cref="WebexRetryOptions.MaxRetryAfter"/>) when that is longer than the backoff for this attempt, else the
    /// backoff. A missing, unreadable, zero or past <c>Retry-After</c> thus still waits, with jitter, and longer each time.
    /// </summary>
    /// <param name="response">The answer to retry.</param>
    /// <param name="attempt">0 for the first retry.</param>
    /// <param name="options">The retry settings.</param>
    /// <param name="clock">The clock an HTTP-date <c>Retry-After</c> is read against.</param>
    internal static TimeSpan RateLimit(HttpResponseMessage response, int attempt, WebexRetryOptions options, TimeProvider clock)
    {
        var backoff = Exponential(attempt, options);
        return RetryAfter(response, clock, options.MaxRetryAfter) is { } asked && asked > backoff ? asked : backoff;
    }

    /// <summary>
    /// The wait a <c>Retry-After</c> header asks for, capped at <see cref="WebexRetryOptions.MaxRetryAfter"/>, or null
    /// when the header is absent or unreadable (Webex has been seen sending <c>rand(30),add(30)</c>).
    /// </summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider clock, TimeSpan max)
    {
        TimeSpan? wait = null;
        RetryConditionHeaderValue? typed = null;
        try
        {
            typed = response.Headers.RetryAfter;
        }
        catch (FormatException)
        {
            // an unparsable header is not fatal: fall back to the raw text below
        }
        if (typed?.Delta is { } delta) wait = delta;
        else if (typed?.Date is { } date) wait = date - clock.GetUtcNow();
        else if (response.Headers.NonValidated.TryGetValues("Retry-After", out var raw))
        {
            foreach (string text in raw)
            {
                if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds)
                    && double.IsFinite(seconds))
                {
                    wait = TimeSpan.FromSeconds(Math.Clamp(seconds, 0, max.TotalSeconds));
                    break;
                }
            }
        }
        if (wait is null) return null;
        if (wait < TimeSpan.Zero) return TimeSpan.Zero;
        return wait > max ? max : wait;
    }
}
