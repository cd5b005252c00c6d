namespace WebexCalling.Sdk.Auth;

/// <summary>
/// A token provider for long-running programs: hands out the current access token and renews it shortly before it
/// expires, once for any number of concurrent callers, and when Webex rejects the current token with 401.
/// </summary>
/// <remarks>
/// <para>A token whose lifetime (<see cref="Tokens.ExpiresIn"/>) is shorter than twice the margin is renewed at
/// half its life instead.</para>
/// <para>Renewal is delegated to a function, normally <see cref="Integration.RefreshAsync"/> or
/// <see cref="ServiceApp.RefreshAsync"/>; <see cref="Integration.CreateTokenProvider"/> and
/// <see cref="ServiceApp.CreateTokenProvider"/> wire it up.</para>
/// <para>When a renewal fails for a passing reason (network, 5xx) while the current token is still valid, the
/// provider keeps handing out the current token and tries again after <see cref="RefreshingTokenProviderOptions.RetryAfterFailure"/>.
/// When the refresh token has expired or was refused, it throws <see cref="TokenRefreshException"/>: a person must
/// authorise again.</para>
/// </remarks>
/// <example>
/// <code>
/// var provider = new RefreshingTokenProvider(tokens, integration.RefreshAsync,
///     new RefreshingTokenProviderOptions { CachePath = "tokens.yml" });
/// using var api = new WebexSimpleApi(provider);
/// </code>
/// </example>
public sealed class RefreshingTokenProvider : ITokenProvider, IDisposable
{
    // a still-valid token that a renewal after a 401 gave this recently, rejected too, is not the problem: do not renew again
    private static readonly TimeSpan FreshTokenAge = TimeSpan.FromSeconds(30);

    private readonly Func<Tokens, CancellationToken, Task<Tokens>> _refresh;
    private readonly TimeSpan _margin;
    private readonly TimeSpan _retryAfterFailure;
    private readonly TimeProvider _clock;
    private readonly string? _cachePath;
    private readonly Func<Tokens, CancellationToken, Task>? _onRefreshed;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Tokens _current;
    private DateTimeOffset _renewedAt = DateTimeOffset.MinValue;
    private DateTimeOffset _nextAttemptAt = DateTimeOffset.MinValue;
    private string? _renewedOnRejection; // the token a 401 of a token valid by our clock was renewed into
    private string? _failedRenewalOf; // the rejected token whose renewal failed last
    private DateTimeOffset _retryRenewalAt = DateTimeOffset.MinValue;

    /// <summary>Creates the provider.</summary>
    /// <param name="initial">The tokens to start with; may lack an access token, which is then obtained on first use.</param>
    /// <param name="refresh">Obtains new tokens, given the current ones.</param>
    /// <param name="options">Settings; null for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">A margin or pause is negative.</exception>
    public RefreshingTokenProvider(Tokens initial, Func<Tokens, CancellationToken, Task<Tokens>> refresh,
        RefreshingTokenProviderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(initial);
        ArgumentNullException.ThrowIfNull(refresh);
        options ??= new RefreshingTokenProviderOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Margin, TimeSpan.Zero, nameof(options.Margin));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RetryAfterFailure, TimeSpan.Zero, nameof(options.RetryAfterFailure));
        ArgumentNullException.ThrowIfNull(options.TimeProvider, nameof(options.TimeProvider));
        _current = initial;
        _refresh = refresh;
        _margin = options.Margin;
        _retryAfterFailure = options.RetryAfterFailure;
        _clock = options.TimeProvider;
        _cachePath = options.CachePath;
        _onRefreshed = options.OnRefreshed;
    }

    /// <summary>The tokens currently handed out.</summary>
    public Tokens Current => Volatile.Read(ref _current);

    /// <inheritdoc />
    /// <exception cref="TokenRefreshException">The token must be renewed but the refresh token has expired or was refused.</exception>
    public async ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken = default)
    {
        var seen = Current;
        if (!NeedsRefresh(seen)) return seen.AccessToken!;
        var tokens = await RenewAsync(seen, cancellationToken).ConfigureAwait(false);
        return tokens.AccessToken!;
    }

    /// <inheritdoc />
    /// <remarks>
    /// <para>When the rejected token is no longer the current one (another caller renewed it), the answer is true at
    /// once: retry with the current token. When it is the current one, it is renewed, once for all concurrent callers,
    /// however recent the last renewal: a token that expired while its request was in flight is renewed and the
    /// request succeeds.</para>
    /// <para>Two guards stop renewal storms without failing such a request: a token our clock still calls valid that
    /// Webex rejects right after a renewal made for the same reason is not renewed again within 30 s (the token is not
    /// the problem), and after a failed renewal the same token is not renewed again before
    /// <see cref="RefreshingTokenProviderOptions.RetryAfterFailure"/> (callers get false and see the 401).</para>
    /// </remarks>
    /// <exception cref="TokenRefreshException">The refresh token has expired or was refused.</exception>
    public async ValueTask<bool> TryRefreshAsync(string rejectedAccessToken, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = _current;
            // another caller renewed it meanwhile: worth a retry with the new token
            if (!string.Equals(current.AccessToken, rejectedAccessToken, StringComparison.Ordinal))
                return !string.IsNullOrEmpty(current.AccessToken);
            var now = _clock.GetUtcNow();
            // a renewal for this very token failed a moment ago: do not hammer the token endpoint for every caller
            if (string.Equals(_failedRenewalOf, rejectedAccessToken, StringComparison.Ordinal) && now < _retryRenewalAt)
                return false;
            // expired (or due) by our clock: the rejection is explained, renew whenever it happens
            bool expired = NeedsRefresh(current);
            // valid by our clock (revoked, or clocks apart): renew once, but a token that such a renewal gave a moment
            // ago being rejected too means the token is not the problem
            if (!expired && string.Equals(_renewedOnRejection, rejectedAccessToken, StringComparison.Ordinal)
                && now - _renewedAt < FreshTokenAge)
                return false;
            Tokens renewed;
            try
            {
                renewed = await RenewLockedAsync(current, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _failedRenewalOf = rejectedAccessToken;
                _retryRenewalAt = _clock.GetUtcNow() + _retryAfterFailure;
                throw;
            }
            _renewedOnRejection = expired ? null : renewed.AccessToken;
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Shows the expiry only, never the token.</summary>
    public override string ToString() =>
        $"{nameof(RefreshingTokenProvider)} {{ ExpiresAt = {Current.ExpiresAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"} }}";

    /// <summary>Releases the lock that serialises renewals.</summary>
    public void Dispose() => _gate.Dispose();

    private async Task<Tokens> RenewAsync(Tokens seen, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = _current;
            // single flight: whoever held the lock before us may have renewed already
            if (!ReferenceEquals(current, seen) && !NeedsRefresh(current)) return current;
            bool stillValid = current.GetRemaining(_clock) > TimeSpan.Zero;
            if (stillValid && _clock.GetUtcNow() < _nextAttemptAt) return current;
            try
            {
                return await RenewLockedAsync(current, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (stillValid && e is not TokenRefreshException and not OperationCanceledException)
            {
                // the token still works for a while: keep serving it, try again a little later
                _nextAttemptAt = _clock.GetUtcNow() + _retryAfterFailure;
                return current;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    // a token that lives shorter than the margin (1-hour tokens, a 1-day margin) is renewed at half its life, not on every call
    private bool NeedsRefresh(Tokens tokens)
    {
        var margin = _margin;
        if (tokens.ExpiresIn is > 0 and var lifetime && TimeSpan.FromSeconds(lifetime / 2.0) < margin)
            margin = TimeSpan.FromSeconds(lifetime / 2.0);
        return tokens.NeedsRefresh(margin, _clock);
    }

    // called with the lock held
    private async Task<Tokens> RenewLockedAsync(Tokens current, CancellationToken cancellationToken)
    {
        if (current.RefreshTokenExpired(_clock))
            throw new TokenRefreshException(
                $"The refresh token expired at {current.RefreshTokenExpiresAt:u}; new tokens need a person to authorise again "
                + "(run the integration's OAuth flow, or have an administrator re-authorise the service app).");
        var renewed = await _refresh(current, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The refresh function returned null.");
        if (string.IsNullOrEmpty(renewed.AccessToken))
            throw new InvalidOperationException("The refresh function returned tokens without an access token.");
        renewed = renewed.WithExpiration(_clock.GetUtcNow());
        if (renewed.RefreshToken is null && current.RefreshToken is not null)
            renewed = renewed with { RefreshToken = current.RefreshToken, RefreshTokenExpiresAt = current.RefreshTokenExpiresAt };
        Volatile.Write(ref _current, renewed);
        _renewedAt = _clock.GetUtcNow();
        _nextAttemptAt = DateTimeOffset.MinValue;
        if (_cachePath is not null) await TokenCache.WriteAsync(_cachePath, renewed, cancellationToken).ConfigureAwait(false);
        if (_onRefreshed is not null) await _onRefreshed(renewed, cancellationToken).ConfigureAwait(false);
        return renewed;
    }
}
