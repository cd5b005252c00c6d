using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace WebexCalling.Sdk.Auth;

/// <summary>
/// A Webex integration (OAuth 2 authorization-code flow): acts on behalf of the user who authorised it, with the
/// scopes they granted. Access tokens live 14 days, refresh tokens 90 days.
/// </summary>
/// <remarks>
/// For scripts, <see cref="GetCachedTokensFromYamlAsync"/> does everything: read the cache, renew the access token if
/// it is close to expiry, run the OAuth flow in the browser if nothing usable is cached, write the cache back. The
/// integration's redirect URI (registered on developer.webex.com) must be a loopback URL such as
/// <c>http://localhost:6001/redirect</c> for the flow to receive the code.
/// </remarks>
/// <example>
/// <code>
/// using var integration = new Integration(clientId, clientSecret, Integration.ParseScopes(scopes),
///     new Uri("http://localhost:6001/redirect"));
/// var tokens = await integration.GetCachedTokensFromYamlAsync("tokens.yml");
/// using var api = new WebexSimpleApi(integration.CreateTokenProvider(tokens, "tokens.yml"));
/// </code>
/// </example>
public sealed class Integration : IDisposable
{
    private readonly string _clientSecret;
    private readonly TokenEndpoint _endpoint;

    /// <summary>Creates the integration.</summary>
    /// <param name="clientId">The integration's client id (developer.webex.com).</param>
    /// <param name="clientSecret">The integration's client secret.</param>
    /// <param name="scopes">The scopes to request, e.g. <c>spark-admin:locations_read</c>.</param>
    /// <param name="redirectUrl">The redirect URI registered for the integration.</param>
    /// <param name="options">Base URL (the authorize and token endpoints are beneath it), HTTP client, logging, clock.</param>
    /// <exception cref="ArgumentException">An argument is empty or an option is out of range.</exception>
    public Integration(string clientId, string clientSecret, IEnumerable<string> scopes, Uri redirectUrl,
        WebexApiOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        ArgumentException.ThrowIfNullOrWhiteSpace(clientSecret);
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(redirectUrl);
        if (!redirectUrl.IsAbsoluteUri) throw new ArgumentException("The redirect URL must be absolute.", nameof(redirectUrl));
        ClientId = clientId.Trim();
        _clientSecret = clientSecret.Trim();
        Scopes = scopes.SelectMany(s => ParseScopes(s)).Distinct(StringComparer.Ordinal).ToArray();
        RedirectUrl = redirectUrl;
        _endpoint = new TokenEndpoint(options);
    }

    /// <summary>Creates the integration with scopes in one string, in any form <see cref="ParseScopes"/> reads.</summary>
    /// <inheritdoc cref="Integration(string, string, IEnumerable{string}, Uri, WebexApiOptions?)"/>
    public Integration(string clientId, string clientSecret, string scopes, Uri redirectUrl, WebexApiOptions? options = null)
        : this(clientId, clientSecret, ParseScopes(scopes), redirectUrl, options)
    {
    }

    /// <summary>The integration's client id.</summary>
    public string ClientId { get; }

    /// <summary>The scopes requested in the OAuth flow.</summary>
    public IReadOnlyList<string> Scopes { get; }

    /// <summary>The redirect URI the OAuth flow returns to.</summary>
    public Uri RedirectUrl { get; }

    /// <summary>
    /// Opens the authorize URL for the user and returns whether that worked; null (the default) starts the system
    /// browser. When it returns false the URL is written to standard error and to the log for the user to open.
    /// Tests set it to play the browser.
    /// </summary>
    public Func<Uri, bool>? OpenBrowser { get; set; }

    /// <summary>How long the OAuth flow waits for the user to finish in the browser; default 5 minutes.</summary>
    public TimeSpan AuthorizationTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Reads scopes given as a space- or comma-separated list, a query string with <c>scope=…</c>, or a whole
    /// authorize URL copied from developer.webex.com (as wxc_sdk's <c>parse_scopes</c> does).
    /// </summary>
    /// <param name="scopes">The scopes; null or empty gives none.</param>
    public static IReadOnlyList<string> ParseScopes(string? scopes)
    {
        if (string.IsNullOrWhiteSpace(scopes)) return [];
        string text = scopes.Trim();
        string query = Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Query.Length > 1 ? url.Query[1..] : text;
        string? fromQuery = null;
        foreach (string part in query.Split('&'))
            if (part.StartsWith("scope=", StringComparison.Ordinal))
                fromQuery = part["scope=".Length..];
        // form encoding writes a space as +
        text = fromQuery is not null ? Uri.UnescapeDataString(fromQuery.Replace('+', ' ')) : Uri.UnescapeDataString(text).Split('&')[0];
        return text.Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>Builds the URL that starts the OAuth flow in a browser.</summary>
    /// <param name="state">A random value the redirect must carry back unchanged.</param>
    public Uri GetAuthorizeUrl(string state) => GetAuthorizeUrl(state, pkce: null);

    /// <summary>
    /// Builds the URL that starts the OAuth flow in a browser, with a PKCE challenge (RFC 7636) when
    /// <paramref name="pkce"/> is given: then <see cref="ExchangeCodeAsync(string, string?, CancellationToken)"/> must
    /// send its verifier.
    /// </summary>
    /// <param name="state">A random value the redirect must carry back unchanged.</param>
    /// <param name="pkce">The sign-in's PKCE pair (<see cref="PkceChallenge.Create()"/>), or null for none.</param>
    public Uri GetAuthorizeUrl(string state, PkceChallenge? pkce)
    {
        ArgumentException.ThrowIfNullOrEmpty(state);
        var query = new StringBuilder();
        void Add(string name, string value) =>
            query.Append(query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        Add("client_id", ClientId);
        Add("response_type", "code");
        Add("redirect_uri", RedirectUrl.OriginalString);
        Add("scope", string.Join(' ', Scopes));
        Add("state", state);
        if (pkce is not null)
        {
            Add("code_challenge", pkce.Challenge);
            Add("code_challenge_method", pkce.Method);
        }
        return new Uri(new Uri(_endpoint.BaseUrl, "authorize").AbsoluteUri + query);
    }

    /// <summary>Exchanges the code from the OAuth redirect for tokens.</summary>
    /// <param name="code">The <c>code</c> parameter of the redirect.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="WebexApiException">Webex refused the code (expired, used, wrong redirect URI, wrong secret).</exception>
    public Task<Tokens> ExchangeCodeAsync(string code, CancellationToken cancellationToken = default) =>
        ExchangeCodeAsync(code, codeVerifier: null, cancellationToken);

    /// <summary>Exchanges the code from the OAuth redirect for tokens, proving the sign-in with its PKCE verifier.</summary>
    /// <param name="code">The <c>code</c> parameter of the redirect.</param>
    /// <param name="codeVerifier">The <see cref="PkceChallenge.Verifier"/> whose challenge the authorize URL carried;
    /// null when it carried none.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="WebexApiException">Webex refused the code (expired, used, wrong redirect URI, wrong secret, wrong verifier).</exception>
    public async Task<Tokens> ExchangeCodeAsync(string code, string? codeVerifier, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        List<KeyValuePair<string, string?>> form =
        [
            new("grant_type", "authorization_code"),
            new("client_id", ClientId),
            new("client_secret", _clientSecret),
            new("code", code),
            new("redirect_uri", RedirectUrl.OriginalString),
        ];
        if (codeVerifier is not null) form.Add(new("code_verifier", codeVerifier));
        var tokens = await _endpoint.RequestAsync(form, cancellationToken).ConfigureAwait(false);
        AuthLog.Refreshed(_endpoint.Logger, tokens.ExpiresAt, tokens.RefreshTokenExpiresAt);
        return tokens;
    }

    /// <summary>
    /// Reads the OpenID Connect claims of the user an access token belongs to (<c>GET {BaseUrl}userinfo</c>, "Login with
    /// Webex"); the token must have been granted the <c>openid</c> scope (<c>email</c> and <c>profile</c> add claims).
    /// </summary>
    /// <param name="accessToken">The user's access token, e.g. from <see cref="ExchangeCodeAsync(string, string?, CancellationToken)"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">The token is empty.</exception>
    /// <exception cref="WebexApiException">Webex refused the token (401) or its scopes lack <c>openid</c> (403).</exception>
    public Task<UserInfo> GetUserInfoAsync(string accessToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessToken);
        return _endpoint.GetUserInfoAsync(accessToken.Trim(), cancellationToken);
    }

    /// <summary>Gets a new access token with the refresh token of <paramref name="tokens"/>.</summary>
    /// <param name="tokens">The current tokens; only the refresh token is used.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>New tokens; <paramref name="tokens"/> is not changed.</returns>
    /// <exception cref="TokenRefreshException">There is no refresh token, it has expired, or Webex refused it: the user must authorise again.</exception>
    /// <exception cref="WebexApiException">The token endpoint failed otherwise.</exception>
    public Task<Tokens> RefreshAsync(Tokens tokens, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (string.IsNullOrEmpty(tokens.RefreshToken))
            throw new TokenRefreshException("There is no refresh token to renew the access token with. " + AuthoriseAgain);
        if (tokens.RefreshTokenExpired(_endpoint.TimeProvider))
            throw new TokenRefreshException($"The refresh token expired at {tokens.RefreshTokenExpiresAt:u}. " + AuthoriseAgain);
        return _endpoint.RefreshAsync(ClientId, _clientSecret, tokens.RefreshToken, AuthoriseAgain, cancellationToken);
    }

    /// <summary>
    /// Runs the OAuth flow with PKCE: opens the authorize URL in a browser, waits on the redirect URL (a loopback
    /// address) for the code, answers the browser with a short page, and exchanges the code and verifier for tokens.
    /// </summary>
    /// <param name="cancellationToken">Cancels the wait and the exchange.</param>
    /// <exception cref="InvalidOperationException">The redirect URL is not a loopback http URL, the redirect carried the
    /// wrong state or no code, or the user declined.</exception>
    /// <exception cref="TimeoutException">Nobody finished the flow within <see cref="AuthorizationTimeout"/>.</exception>
    /// <exception cref="HttpListenerException">The redirect URL's port is in use.</exception>
    /// <exception cref="WebexApiException">Webex refused the code.</exception>
    public async Task<Tokens> GetTokensFromOAuthFlowAsync(CancellationToken cancellationToken = default)
    {
        if (RedirectUrl.Scheme != Uri.UriSchemeHttp || !RedirectUrl.IsLoopback)
            throw new InvalidOperationException(
                $"The OAuth flow listens on the redirect URL, which must be a loopback http URL such as http://localhost:6001/redirect, not {RedirectUrl}.");
        string state = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var pkce = PkceChallenge.Create();
        var authorizeUrl = GetAuthorizeUrl(state, pkce);

        using var listener = new HttpListener();
        // listen on the whole port: the browser may ask for /favicon.ico too
        listener.Prefixes.Add($"http://{RedirectUrl.Authority}/");
        listener.Start();
        string code;
        try
        {
            AuthLog.WaitingForRedirect(_endpoint.Logger, RedirectUrl, (long)AuthorizationTimeout.TotalSeconds);
            if (!(OpenBrowser ?? OpenSystemBrowser)(authorizeUrl))
            {
                AuthLog.OpenManually(_endpoint.Logger, authorizeUrl);
                await Console.Error.WriteLineAsync($"Open this URL in a browser to authorise the integration:{Environment.NewLine}{authorizeUrl}")
                    .ConfigureAwait(false);
            }
            code = await ReceiveCodeAsync(listener, state, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            listener.Stop();
        }
        return await ExchangeCodeAsync(code, pkce.Verifier, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Gets tokens for a script: reads the YAML cache at <paramref name="path"/>, renews the access token if it
    /// expires within 5 minutes, runs the OAuth flow when nothing usable is cached (or the refresh token was refused),
    /// and writes the cache back whenever the tokens changed.
    /// </summary>
    /// <param name="path">The YAML cache file (see <see cref="TokenCache"/>).</param>
    /// <param name="forceNew">Ignore the cache and always run the OAuth flow.</param>
    /// <param name="cancellationToken">Cancels the whole operation.</param>
    /// <exception cref="TokenCacheException">The cache file exists but cannot be read as tokens.</exception>
    /// <inheritdoc cref="GetTokensFromOAuthFlowAsync" path="/exception"/>
    public async Task<Tokens> GetCachedTokensFromYamlAsync(string path, bool forceNew = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var tokens = forceNew ? null : await TokenCache.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        if (tokens is not null)
        {
            AuthLog.CacheRead(_endpoint.Logger, path, tokens.ExpiresAt);
            if (!tokens.NeedsRefresh(TimeSpan.FromMinutes(5), _endpoint.TimeProvider)) return tokens;
            try
            {
                tokens = await RefreshAsync(tokens, cancellationToken).ConfigureAwait(false);
            }
            catch (TokenRefreshException e)
            {
                AuthLog.RefreshRefused(_endpoint.Logger, e.Message);
                tokens = null;
            }
        }
        tokens ??= await GetTokensFromOAuthFlowAsync(cancellationToken).ConfigureAwait(false);
        await TokenCache.WriteAsync(path, tokens, cancellationToken).ConfigureAwait(false);
        AuthLog.CacheWritten(_endpoint.Logger, path);
        return tokens;
    }

    /// <summary>
    /// A provider for <see cref="WebexSimpleApi"/> that renews the access token 5 minutes before it expires (and once
    /// after a 401), writing renewed tokens to <paramref name="cachePath"/> when given.
    /// </summary>
    /// <param name="tokens">The tokens to start with, e.g. from <see cref="GetCachedTokensFromYamlAsync"/>.</param>
    /// <param name="cachePath">A YAML cache to keep up to date, or null.</param>
    public RefreshingTokenProvider CreateTokenProvider(Tokens tokens, string? cachePath = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return new RefreshingTokenProvider(tokens, RefreshAsync,
            new RefreshingTokenProviderOptions { CachePath = cachePath, TimeProvider = _endpoint.TimeProvider });
    }

    /// <summary>Shows the client id and scopes, never the secret.</summary>
    public override string ToString() => $"{nameof(Integration)} {{ ClientId = {ClientId}, Scopes = {string.Join(' ', Scopes)}, ClientSecret = *** }}";

    /// <summary>Disposes the HTTP client if the integration created it.</summary>
    public void Dispose() => _endpoint.Dispose();

    private const string AuthoriseAgain = "The user must authorise the integration again (run the OAuth flow, e.g. delete the token cache).";

    private async Task<string> ReceiveCodeAsync(HttpListener listener, string state, CancellationToken cancellationToken)
    {
        string redirectPath = RedirectUrl.AbsolutePath.TrimEnd('/');
        using var timeout = new CancellationTokenSource(AuthorizationTimeout, _endpoint.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        while (true)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().WaitAsync(linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException(
                    $"Nobody completed the authorisation in the browser within {AuthorizationTimeout.TotalMinutes:0.#} minutes.");
            }
            var request = context.Request;
            if (request.Url is null || !string.Equals(request.Url.AbsolutePath.TrimEnd('/'), redirectPath, StringComparison.Ordinal))
            {
                await AnswerAsync(context.Response, HttpStatusCode.NotFound, "Not found", "This is not the redirect URL.").ConfigureAwait(false);
                continue;
            }
            var query = request.QueryString;
            if (!string.Equals(query["state"], state, StringComparison.Ordinal))
            {
                await AnswerAsync(context.Response, HttpStatusCode.BadRequest, "Authorisation failed",
                    "The answer does not belong to this sign-in (wrong state). Start again from your program.").ConfigureAwait(false);
                throw new InvalidOperationException(
                    "The OAuth redirect carried a state that does not match the one this flow sent: the answer is not for this flow (stale tab or forged request).");
            }
            if (query["error"] is { } error)
            {
                await AnswerAsync(context.Response, HttpStatusCode.BadRequest, "Authorisation failed",
                    "Webex did not authorise the integration. You can close this window.").ConfigureAwait(false);
                throw new InvalidOperationException($"The authorisation was not granted: {error} {query["error_description"]}".TrimEnd());
            }
            if (string.IsNullOrEmpty(query["code"]))
            {
                await AnswerAsync(context.Response, HttpStatusCode.BadRequest, "Authorisation failed",
                    "The redirect carried no code.").ConfigureAwait(false);
                throw new InvalidOperationException("The OAuth redirect carried no code.");
            }
            await AnswerAsync(context.Response, HttpStatusCode.OK, "Authorisation complete",
                "The integration is authorised. You can close this window and return to your program.").ConfigureAwait(false);
            return query["code"]!;
        }
    }

    private static async Task AnswerAsync(HttpListenerResponse response, HttpStatusCode status, string title, string text)
    {
        byte[] page = Encoding.UTF8.GetBytes(
            $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body><h1>{title}</h1><p>{text}</p></body></html>");
        response.StatusCode = (int)status;
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength64 = page.Length;
        try
        {
            await response.OutputStream.WriteAsync(page).ConfigureAwait(false);
        }
        catch (HttpListenerException)
        {
            // the browser went away; the flow's outcome does not depend on it
        }
        finally
        {
            response.Close();
        }
    }

    private static bool OpenSystemBrowser(Uri url)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(url.AbsoluteUri) { UseShellExecute = true });
            return true;
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            return false;
        }
    }
}
