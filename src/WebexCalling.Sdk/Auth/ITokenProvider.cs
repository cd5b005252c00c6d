namespace WebexCalling.Sdk.Auth;

/// <summary>
/// Supplies the access token the SDK sends as <c>Authorization: Bearer</c> on every request.
/// </summary>
/// <remarks>
/// The session asks for the token before each attempt, so a provider can renew it ahead of expiry. When Webex
/// answers 401 the session calls <see cref="TryRefreshAsync"/>; if that returns true it retries the request with the
/// provider's token. Should that token be refused too, the session asks again only when it is a different token
/// than the one refused before (at most three times per request).
/// </remarks>
public interface ITokenProvider
{
    /// <summary>Returns a currently valid access token.</summary>
    /// <param name="cancellationToken">Cancels the wait for a token.</param>
    ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Called after Webex rejected <paramref name="rejectedAccessToken"/> with 401. Returns true when a new token is
    /// now available and the request is worth one more attempt; false (the default) when the provider cannot refresh.
    /// </summary>
    /// <param name="rejectedAccessToken">The token Webex refused.</param>
    /// <param name="cancellationToken">Cancels the refresh.</param>
    ValueTask<bool> TryRefreshAsync(string rejectedAccessToken, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(false);
}
