using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk;

/// <summary>How the session retries throttled (429) and transiently failed requests.</summary>
public sealed class WebexRetryOptions
{
    /// <summary>
    /// How often one request is retried after 429 Too Many Requests (any HTTP method: Webex has not processed a
    /// throttled request); default 10. Zero turns 429 retries off; negative is refused.
    /// </summary>
    public int MaxRateLimitRetries { get; set; } = 10;

    /// <summary>
    /// How often a GET, PUT, DELETE or HEAD is retried after 502, 503, 504, a timeout or a transport error;
    /// default 3. Zero turns these retries off; negative is refused. POST and PATCH are not retried for these unless
    /// the call runs inside <see cref="WebexRequestOptions.RetryPosts"/>.
    /// </summary>
    public int MaxTransientRetries { get; set; } = 3;

    /// <summary>
    /// The first backoff step; each further retry doubles it, and each wait is half the step plus a random share of
    /// the other half (jitter); default 1 s. A step is never shorter than 200 ms, so no retry comes sooner than 100 ms
    /// (zero is allowed and means that minimum). At most about 49.7 days, the longest wait a .NET timer supports.
    /// </summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest backoff step; default 30 s. Not shorter than <see cref="BaseDelay"/>, at most about 49.7 days.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest wait a <c>Retry-After</c> header can ask for; default 60 s, as wxc_sdk. A 429 waits the longer of
    /// the (capped) <c>Retry-After</c> and the backoff, so a zero cap ignores the header. At most about 49.7 days.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// What a 429 does to the rest of the session; default <see cref="Sdk.RateLimitMode.Adaptive"/>: the session learns
    /// the rate Webex allows and spaces its requests at it. <see cref="Sdk.RateLimitMode.SessionPause"/> holds every
    /// request of the session for the whole <c>Retry-After</c> instead. Either way the throttled request itself is
    /// retried after <c>Retry-After</c> (see <see cref="MaxRetryAfter"/>).
    /// </summary>
    public RateLimitMode RateLimitMode { get; set; } = RateLimitMode.Adaptive;

    /// <summary>
    /// The random half of each backoff delay: a value in [0, 1) per retry. Tests set a fixed sequence so that the
    /// delay the session asks for is known exactly; it must be thread-safe, as <see cref="Random.Shared"/> is.
    /// </summary>
    internal Func<double> NextJitter { get; set; } = Random.Shared.NextDouble;

    internal void CopyTo(WebexRetryOptions other)
    {
        other.MaxRateLimitRetries = MaxRateLimitRetries;
        other.MaxTransientRetries = MaxTransientRetries;
        other.BaseDelay = BaseDelay;
        other.MaxDelay = MaxDelay;
        other.MaxRetryAfter = MaxRetryAfter;
        other.RateLimitMode = RateLimitMode;
        other.NextJitter = NextJitter;
    }

    internal void Validate()
    {
        if (MaxRateLimitRetries < 0)
            throw OutOfRange(nameof(MaxRateLimitRetries), MaxRateLimitRetries, "must be 0 (no retries) or more");
        if (MaxTransientRetries < 0)
            throw OutOfRange(nameof(MaxTransientRetries), MaxTransientRetries, "must be 0 (no retries) or more");
        CheckWait(nameof(BaseDelay), BaseDelay);
        CheckWait(nameof(MaxDelay), MaxDelay);
        if (MaxDelay < BaseDelay)
            throw OutOfRange(nameof(MaxDelay), MaxDelay, $"must not be shorter than Retry.{nameof(BaseDelay)} ({BaseDelay})");
        CheckWait(nameof(MaxRetryAfter), MaxRetryAfter);
        if (!Enum.IsDefined(RateLimitMode))
            throw OutOfRange(nameof(RateLimitMode), RateLimitMode, "must be Adaptive or SessionPause");
        ArgumentNullException.ThrowIfNull(NextJitter, "Retry." + nameof(NextJitter));
    }

    // a wait goes to Task.Delay, which takes no more than a .NET timer does
    private static void CheckWait(string name, TimeSpan value)
    {
        if (value < TimeSpan.Zero || value > Backoff.TimerLimit)
            throw OutOfRange(name, value, $"must be between 0 and {Backoff.TimerLimit} (about 49.7 days, the longest wait a .NET timer supports)");
    }

    private static ArgumentOutOfRangeException OutOfRange(string name, object value, string rule) =>
        new("Retry." + name, value, $"Retry.{name} {rule}, not {value}.");
}
