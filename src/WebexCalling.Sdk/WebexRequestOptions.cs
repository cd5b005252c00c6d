namespace WebexCalling.Sdk;

/// <summary>
/// Settings for the SDK calls started inside a scope, on the current async flow only (as
/// <c>TransactionScope</c> or <c>ILogger.BeginScope</c> work): they reach every call made
/// in the <c>using</c> block, through any API area, and no call made elsewhere, concurrently or later.
/// </summary>
/// <example>
/// <code>
/// using (WebexRequestOptions.RetryPosts())
///     await api.Locations.CreateFloorAsync(locationId, 2); // a duplicate floor would be refused: safe to repeat
/// </code>
/// </example>
public static class WebexRequestOptions
{
    private static readonly AsyncLocal<bool> RetryingPosts = new();

    /// <summary>True when the current async flow is inside <see cref="RetryPosts"/>.</summary>
    internal static bool RetryPostsInScope => RetryingPosts.Value;

    /// <summary>
    /// Retries the POST and PATCH requests started inside the returned scope after 502, 503, 504, a timeout or a lost
    /// connection, as GET, PUT and DELETE are (<see cref="WebexRetryOptions.MaxTransientRetries"/>, the same backoff).
    /// Webex has no idempotency keys: use it only where sending the request twice does no harm (Webex refuses the
    /// duplicate, or a second copy is acceptable). The calls read the setting when they start; tasks started inside
    /// the scope keep it. Requests to the token endpoint are not affected.
    /// </summary>
    /// <returns>The scope; disposing it restores what held before (scopes nest; disposing twice does nothing).</returns>
    public static IDisposable RetryPosts()
    {
        var scope = new Scope(RetryingPosts.Value);
        RetryingPosts.Value = true;
        return scope;
    }

    private sealed class Scope(bool previous) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) RetryingPosts.Value = previous;
        }
    }
}
