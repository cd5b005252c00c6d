using Microsoft.Extensions.Logging;

namespace WebexCalling.Sdk;

/// <summary>
/// Settings for a <see cref="WebexSimpleApi"/>. Mutable so that configuration binding can fill it; the session
/// copies the values when it is created, so later changes to this object have no effect on an existing API object.
/// </summary>
public sealed class WebexApiOptions
{
    /// <summary>The Webex API base URL; default <c>https://webexapis.com/v1/</c>. Point it at the simulator to test offline.</summary>
    public Uri BaseUrl { get; set; } = new("https://webexapis.com/v1/");

    /// <summary>
    /// The transport to use. Null: the SDK creates and owns one (and disposes it with the API object). Given: the SDK
    /// uses it as is and never disposes it (tests, IHttpClientFactory).
    /// </summary>
    public HttpClient? HttpClient { get; set; }

    /// <summary>The most requests one session has in flight at a time; default 10, at least 1.</summary>
    public int ConcurrentRequests { get; set; } = 10;

    /// <summary>
    /// How long one attempt may take before it is abandoned (and, for GET/PUT/DELETE/HEAD, retried); default 100 s.
    /// <see cref="System.Threading.Timeout.InfiniteTimeSpan"/>, or any value longer than a .NET timer supports (about
    /// 49.7 days, e.g. <see cref="TimeSpan.MaxValue"/>), sets no timeout of the SDK's own (the HttpClient's still applies).
    /// Zero or negative: <see cref="ArgumentOutOfRangeException"/> when the API object is created.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// The page size (<c>max</c>) list calls ask for when the caller gives none, at least 1; null (the default) leaves
    /// it to Webex.
    /// </summary>
    public int? PageSize { get; set; }

    /// <summary>Retry limits and delays for 429 and transient failures.</summary>
    public WebexRetryOptions Retry { get; } = new();

    /// <summary>Where the SDK logs requests, retries and rate-limit pauses; null: no logging.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>The clock for every wait; tests pass a fake one so that nothing sleeps.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    internal WebexApiOptions Clone()
    {
        var copy = new WebexApiOptions
        {
            BaseUrl = BaseUrl,
            HttpClient = HttpClient,
            ConcurrentRequests = ConcurrentRequests,
            Timeout = Timeout,
            PageSize = PageSize,
            LoggerFactory = LoggerFactory,
            TimeProvider = TimeProvider,
        };
        Retry.CopyTo(copy.Retry);
        return copy;
    }

    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(BaseUrl, nameof(BaseUrl));
        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
        if (!BaseUrl.IsAbsoluteUri || (BaseUrl.Scheme != Uri.UriSchemeHttps && BaseUrl.Scheme != Uri.UriSchemeHttp))
            throw new ArgumentException($"BaseUrl must be an absolute http(s) URL, not '{BaseUrl}'.", nameof(BaseUrl));
        if (ConcurrentRequests < 1)
            throw new ArgumentOutOfRangeException(nameof(ConcurrentRequests), ConcurrentRequests,
                $"{nameof(ConcurrentRequests)} must be at least 1, not {ConcurrentRequests}.");
        if (Timeout <= TimeSpan.Zero && Timeout != System.Threading.Timeout.InfiniteTimeSpan)
            throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout,
                $"{nameof(Timeout)} must be positive, or Timeout.InfiniteTimeSpan for none, not {Timeout}.");
        if (PageSize is < 1)
            throw new ArgumentOutOfRangeException(nameof(PageSize), PageSize, $"{nameof(PageSize)} must be at least 1 or null, not {PageSize}.");
        Retry.Validate();
    }
}
