namespace WebexCalling.Sdk;

/// <summary>How a session reacts when Webex throttles one of its requests (429 Too Many Requests).</summary>
public enum RateLimitMode
{
    /// <summary>
    /// Learn the rate Webex allows: a 429 cuts a client-side pace to about 80 % of the rate of successful answers of
    /// the last second, the pace grows back on a CUBIC curve (as the AWS SDKs' adaptive retry mode), and requests are
    /// spaced evenly at it. Other requests keep flowing while the throttled one waits its <c>Retry-After</c>.
    /// </summary>
    Adaptive,

    /// <summary>
    /// Hold every request of the session until the <c>Retry-After</c> of the last 429 has passed, then let them all go:
    /// simple and never more requests than Webex allowed while paused, but the whole session stands still for each 429
    /// and the released burst tends to draw the next one.
    /// </summary>
    SessionPause,
}
