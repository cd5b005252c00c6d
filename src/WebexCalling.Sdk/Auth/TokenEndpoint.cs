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

    internal TokenEndpoint(WebexApiOptions? options)
    {
        _session = new RestSession(NoAccessToken.Instance, options);
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

    public void Dispose() => _session.Dispose();

    /// <summary>The token endpoint authenticates with the client secret in the form, never with a bearer token.</summary>
    private sealed class NoAccessToken : ITokenProvider
    {
        internal static readonly NoAccessToken Instance = new();

        public ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The token endpoint is called without an access token.");
    }
}
