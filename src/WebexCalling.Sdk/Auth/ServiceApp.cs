namespace WebexCalling.Sdk.Auth;

/// <summary>
/// A Webex service app: a machine account that an administrator authorises for an organisation in Control Hub. With
/// its client id, client secret and the refresh token from developer.webex.com it obtains access tokens without a
/// user; each access token lives as long as the token endpoint says (<c>expires_in</c>, 14 days today).
/// </summary>
/// <example>
/// <code>
/// using var app = ServiceApp.FromEnvironment();
/// using var api = new WebexSimpleApi(app.CreateTokenProvider("service_app_tokens.yml"));
/// </code>
/// </example>
public sealed class ServiceApp : IDisposable
{
    /// <summary>The environment variable with the client id.</summary>
    public const string ClientIdVariable = "SERVICE_APP_CLIENT_ID";

    /// <summary>The environment variable with the client secret.</summary>
    public const string ClientSecretVariable = "SERVICE_APP_CLIENT_SECRET";

    /// <summary>The environment variable with the refresh token.</summary>
    public const string RefreshTokenVariable = "SERVICE_APP_REFRESH_TOKEN";

    private const string AuthoriseAgain =
        "An administrator must authorise the service app again in Control Hub, and you need its new refresh token from developer.webex.com.";

    private readonly string _clientSecret;
    private readonly string _refreshToken;
    private readonly TokenEndpoint _endpoint;

    /// <summary>Creates the service app.</summary>
    /// <param name="clientId">The service app's client id.</param>
    /// <param name="clientSecret">The service app's client secret.</param>
    /// <param name="refreshToken">The refresh token developer.webex.com shows once an administrator authorised the app.</param>
    /// <param name="options">Base URL (the token endpoint is beneath it), HTTP client, logging, clock.</param>
    /// <exception cref="ArgumentException">An argument is empty or an option is out of range.</exception>
    public ServiceApp(string clientId, string clientSecret, string refreshToken, WebexApiOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        ArgumentException.ThrowIfNullOrWhiteSpace(clientSecret);
        ArgumentException.ThrowIfNullOrWhiteSpace(refreshToken);
        ClientId = clientId.Trim();
        _clientSecret = clientSecret.Trim();
        _refreshToken = refreshToken.Trim();
        _endpoint = new TokenEndpoint(options);
    }

    /// <summary>
    /// Creates the service app from <c>SERVICE_APP_CLIENT_ID</c>, <c>SERVICE_APP_CLIENT_SECRET</c> and
    /// <c>SERVICE_APP_REFRESH_TOKEN</c>; a value in the environment wins over one in <paramref name="fallback"/>
    /// (e.g. the values of a <c>.env</c> file).
    /// </summary>
    /// <param name="fallback">Values to use for variables the environment does not set (e.g. <c>DotEnv.Read()</c>), or null.</param>
    /// <param name="options">Settings for the token endpoint; null for the defaults.</param>
    /// <exception cref="InvalidOperationException">A variable is not set; the message names it.</exception>
    public static ServiceApp FromEnvironment(IEnumerable<KeyValuePair<string, string>>? fallback = null, WebexApiOptions? options = null) =>
        FromVariables(Environment.GetEnvironmentVariable, fallback, options);

    internal static ServiceApp FromVariables(Func<string, string?> environment, IEnumerable<KeyValuePair<string, string>>? fallback,
        WebexApiOptions? options)
    {
        var fromFile = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, fileValue) in fallback ?? []) fromFile[key] = fileValue;
        string? Get(string name)
        {
            string? value = environment(name);
            if (string.IsNullOrWhiteSpace(value)) fromFile.TryGetValue(name, out value);
            return string.IsNullOrWhiteSpace(value) ? null : value;
        }

        string? clientId = Get(ClientIdVariable), clientSecret = Get(ClientSecretVariable), refreshToken = Get(RefreshTokenVariable);
        var missing = new List<string>();
        if (clientId is null) missing.Add(ClientIdVariable);
        if (clientSecret is null) missing.Add(ClientSecretVariable);
        if (refreshToken is null) missing.Add(RefreshTokenVariable);
        if (missing.Count > 0)
            throw new InvalidOperationException(
                $"The service app is not configured: set {string.Join(", ", missing)} in the environment (or in a .env file).");
        return new ServiceApp(clientId!, clientSecret!, refreshToken!, options);
    }

    /// <summary>The service app's client id.</summary>
    public string ClientId { get; }

    /// <summary>
    /// How long before expiry <see cref="GetTokensAsync"/> and the provider renew the access token; default one day.
    /// </summary>
    public TimeSpan RenewalMargin { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// Returns an access token: the cached one if it is valid for more than <see cref="RenewalMargin"/>, else a new
    /// one, which is then cached.
    /// </summary>
    /// <param name="cachePath">A YAML cache file (see <see cref="TokenCache"/>), or null to always get a new token.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <exception cref="TokenCacheException">The cache file exists but cannot be read as tokens.</exception>
    /// <exception cref="TokenRefreshException">Webex refused the refresh token: an administrator must authorise the app again.</exception>
    /// <exception cref="WebexApiException">The token endpoint failed otherwise.</exception>
    public async Task<Tokens> GetTokensAsync(string? cachePath = null, CancellationToken cancellationToken = default)
    {
        if (cachePath is not null)
        {
            var cached = await TokenCache.ReadAsync(cachePath, cancellationToken).ConfigureAwait(false);
            if (cached is not null)
            {
                AuthLog.CacheRead(_endpoint.Logger, cachePath, cached.ExpiresAt);
                if (!cached.NeedsRefresh(RenewalMargin, _endpoint.TimeProvider)) return cached;
            }
        }
        var tokens = await RefreshAsync(cancellationToken).ConfigureAwait(false);
        if (cachePath is not null)
        {
            await TokenCache.WriteAsync(cachePath, tokens, cancellationToken).ConfigureAwait(false);
            AuthLog.CacheWritten(_endpoint.Logger, cachePath);
        }
        return tokens;
    }

    /// <summary>Gets a new access token with the service app's refresh token (no cache involved).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="TokenRefreshException">Webex refused the refresh token: an administrator must authorise the app again.</exception>
    /// <exception cref="WebexApiException">The token endpoint failed otherwise.</exception>
    public Task<Tokens> RefreshAsync(CancellationToken cancellationToken = default) =>
        _endpoint.RefreshAsync(ClientId, _clientSecret, _refreshToken, AuthoriseAgain, cancellationToken);

    /// <summary>
    /// A provider for <see cref="WebexSimpleApi"/>: on first use it calls <see cref="GetTokensAsync"/> (cache first),
    /// then renews the access token <see cref="RenewalMargin"/> before expiry and once after a 401, keeping the cache
    /// up to date.
    /// </summary>
    /// <param name="cachePath">A YAML cache file, or null.</param>
    public RefreshingTokenProvider CreateTokenProvider(string? cachePath = null) =>
        new(new Tokens(), async (current, cancellationToken) =>
        {
            if (string.IsNullOrEmpty(current.AccessToken))
                return await GetTokensAsync(cachePath, cancellationToken).ConfigureAwait(false);
            var renewed = await RefreshAsync(cancellationToken).ConfigureAwait(false);
            if (cachePath is not null) await TokenCache.WriteAsync(cachePath, renewed, cancellationToken).ConfigureAwait(false);
            return renewed;
        }, new RefreshingTokenProviderOptions { Margin = RenewalMargin, TimeProvider = _endpoint.TimeProvider });

    /// <summary>Shows the client id, never the secret or the refresh token.</summary>
    public override string ToString() => $"{nameof(ServiceApp)} {{ ClientId = {ClientId}, ClientSecret = ***, RefreshToken = *** }}";

    /// <summary>Disposes the HTTP client if the service app created it.</summary>
    public void Dispose() => _endpoint.Dispose();
}
