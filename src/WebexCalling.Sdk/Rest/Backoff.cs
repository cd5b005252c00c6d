using System.Globalization;
using System.Net.Http.Headers;

namespace WebexCalling.Sdk.Rest;

/// <summary>Retry delays: exponential backoff with jitter, and Webex's <c>Retry-After</c> read defensively.</summary>
internal static class Backoff
{
    /// <summary>Exponential backoff with "equal jitter": half the exponential step fixed, half random.</summary>
    /// <param name="attempt">0 for the first retry.</param>
    /// <param name="options">Base and maximum delay, and the source of the jitter.</param>
    internal static TimeSpan Exponential(int attempt, WebexRetryOptions options)
    {
        double exponential = options.BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30));
        double capped = Math.Min(exponential, options.MaxDelay.TotalMilliseconds);
        double jitter = Math.Clamp(options.NextJitter(), 0, 1);
        return TimeSpan.FromMilliseconds(capped / 2 + jitter * capped / 2);
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
