using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.Auth;

/// <summary>
/// Webex's OAuth token endpoint (<c>{BaseUrl}access_token</c>), called through a <see cref="RestSession"/> of its own:
/// errors become <see cref="WebexApiException"/> with a tracking id, and the form's secrets are masked in logs.
/// </summary>
internal sealed class TokenEndpoint : IDisposable
{
    private readonly RestSession _session;

    private readonly RestSession _userSession;
    private readonly CallerToken _callerToken = new();

    internal TokenEndpoint(WebexApiOptions? options)
    {
        _session = new RestSession(NoAccessToken.Instance, options);
        // userinfo is the one call here with a bearer token: the caller's, set for the duration of that call only
        _userSession = new RestSession(_callerToken, options);
        Logger = options?.LoggerFactory?.CreateLogger("WebexCalling.Sdk.Auth") ?? NullLogger.Instance;
    }

    internal TimeProvider TimeProvider => _session.TimeProvider;

    internal Uri BaseUrl => _session.BaseUrl;

    internal ILogger Logger { get; }

    /// <summary>Posts the form and reads the tokens, with expiry moments counted from now.</summary>
    internal async Task<Tokens> RequestAsync(IEnumerable<KeyValuePair<string, string?>> form, CancellationToken cancellationToken)
    {
        var url = _session.BuildUrl("access_token");
        using var response = await _session.SendAsync(HttpMethod.Post, url, RequestContent.Form(form), authenticate: false,
            cancellationToken).ConfigureAwait(false);
        var tokens = await _session.ReadJsonAsync(response, CommonJson.Default.Tokens, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(tokens.AccessToken))
            throw new WebexApiException("POST", url, response.StatusCode, "the token endpoint answered without an access_token",
                trackingId: null);
        return tokens.WithExpiration(_session.TimeProvider.GetUtcNow());
    }

    /// <summary>The refresh-token grant; a refused refresh token becomes <see cref="TokenRefreshException"/>.</summary>
    internal async Task<Tokens> RefreshAsync(string clientId, string clientSecret, string refreshToken, string whatToDo,
        CancellationToken cancellationToken)
    {
        try
        {
            var tokens = await RequestAsync(
            [
                new("grant_type", "refresh_token"),
                new("client_id", clientId),
                new("client_secret", clientSecret),
                new("refresh_token", refreshToken),
            ], cancellationToken).ConfigureAwait(false);
            AuthLog.Refreshed(Logger, tokens.ExpiresAt, tokens.RefreshTokenExpiresAt);
            // Webex normally returns the refresh token again; keep the one we used if it does not
            return tokens.RefreshToken is null ? tokens with { RefreshToken = refreshToken } : tokens;
        }
        catch (WebexApiException e) when (e.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized)
        {
            throw new TokenRefreshException(
                $"Webex refused the refresh token (HTTP {(int)e.StatusCode}: {e.WebexMessage ?? "no reason given"}; trackingId {e.TrackingId}). "
                + whatToDo, e);
        }
    }

    /// <summary>GET userinfo with the given user's access token.</summary>
    internal async Task<UserInfo> GetUserInfoAsync(string accessToken, CancellationToken cancellationToken)
    {
        _callerToken.Value = accessToken;
        try
        {
            return await _userSession.GetAsync("userinfo", null, AuthJson.Default.UserInfo, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _callerToken.Value = null;
        }
    }

    public void Dispose()
    {
        _session.Dispose();
        _userSession.Dispose();
    }

    /// <summary>The access token of the current async flow (so that concurrent userinfo calls each send their own).</summary>
    private sealed class CallerToken : ITokenProvider
    {
        private readonly AsyncLocal<string?> _value = new();

        internal string? Value
        {
            get => _value.Value;
            set => _value.Value = value;
        }

        public ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Value ?? throw new InvalidOperationException("No access token was given for this call."));

        public override string ToString() => nameof(CallerToken) + " { AccessToken = *** }";
    }

    /// <summary>The token endpoint authenticates with the client secret in the form, never with a bearer token.</summary>
    private sealed class NoAccessToken : ITokenProvider
    {
        internal static readonly NoAccessToken Instance = new();

        public ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The token endpoint is called without an access token.");
    }
}
