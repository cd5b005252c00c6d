using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// The OAuth authorization-code grant: GET /v1/authorize (the user "signs in" as the organisation's administrator at
/// once and is redirected back with code and state) and POST /v1/access_token (authorization_code and refresh_token
/// grants, form encoded). Errors carry Webex's error body plus OAuth's <c>error</c>/<c>error_description</c>.
/// </summary>
internal static class AuthEndpoints
{
    private static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapGet("/authorize", (HttpContext context) => Authorize(context, state));
        app.MapPost("/access_token", (Func<HttpContext, Task<IResult>>)(context => AccessTokenAsync(context, state)));
    }

    private static IResult Authorize(HttpContext context, SimulatorState state)
    {
        var query = context.Request.Query;
        string? clientId = query["client_id"];
        string? redirectUri = query["redirect_uri"];
        string? responseType = query["response_type"];
        string scope = query["scope"].ToString();
        string? oauthState = query["state"];
        if (string.IsNullOrEmpty(clientId) || string.IsNullOrEmpty(redirectUri))
            return OAuthError(context, "invalid_request", "client_id and redirect_uri are required.");
        if (!Uri.TryCreate(redirectUri, UriKind.Absolute, out var redirect))
            return OAuthError(context, "invalid_request", "redirect_uri must be an absolute URI.");
        lock (state.Sync)
        {
            if (!state.Integrations.ContainsKey(clientId))
                return OAuthError(context, "invalid_client", "Unknown client_id.");
        }
        if (responseType != "code")
            return OAuthError(context, "unsupported_response_type", "response_type must be 'code'.");
        var code = new AuthCodeRecord(state.NewSecret(48), clientId, redirectUri, scope, state.AdminId,
            state.Time.GetUtcNow() + CodeLifetime);
        lock (state.Sync) state.AuthCodes[code.Code] = code;
        string separator = string.IsNullOrEmpty(redirect.Query) ? "?" : "&";
        string location = redirectUri + separator + "code=" + Uri.EscapeDataString(code.Code)
            + (oauthState is null ? "" : "&state=" + Uri.EscapeDataString(oauthState));
        return Results.Redirect(location);
    }

    private static async Task<IResult> AccessTokenAsync(HttpContext context, SimulatorState state)
    {
        if (!context.Request.HasFormContentType)
            return OAuthError(context, "invalid_request", "The body must be application/x-www-form-urlencoded.");
        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        string? grantType = form["grant_type"];
        string? clientId = form["client_id"];
        string? clientSecret = form["client_secret"];
        var now = state.Time.GetUtcNow();
        lock (state.Sync)
        {
            if (clientId is null || !state.Integrations.TryGetValue(clientId, out var client) || client.ClientSecret != clientSecret)
                return OAuthError(context, "invalid_client", "The client_id or client_secret is not valid.");
            switch (grantType)
            {
                case "authorization_code":
                {
                    string? code = form["code"];
                    if (code is null || !state.AuthCodes.Remove(code, out var grant) || grant.ClientId != clientId || grant.ExpiresAt <= now)
                        return OAuthError(context, "invalid_grant", "The authorization code is not valid or has expired.");
                    if (form.ContainsKey("redirect_uri") && form["redirect_uri"] != grant.RedirectUri)
                        return OAuthError(context, "invalid_grant", "redirect_uri does not match the one of the authorize request.");
                    var refresh = new RefreshTokenRecord(state.NewSecret(64), clientId, grant.Scope, grant.PersonId,
                        now + state.Options.RefreshTokenLifetime);
                    state.RefreshTokens[refresh.Value] = refresh;
                    return Tokens(state, refresh);
                }
                case "refresh_token":
                {
                    string? value = form["refresh_token"];
                    if (value is null || !state.RefreshTokens.TryGetValue(value, out var refresh) || refresh.ClientId != clientId)
                        return OAuthError(context, "invalid_grant", "The refresh token is not valid.");
                    if (refresh.ExpiresAt <= now)
                        return OAuthError(context, "invalid_grant", "The refresh token has expired.");
                    return Tokens(state, refresh);
                }
                default:
                    return OAuthError(context, "unsupported_grant_type", "grant_type must be authorization_code or refresh_token.");
            }
        }
    }

    /// <summary>A new access token; the refresh token stays the same with its own expiry, as Webex does.</summary>
    private static IResult Tokens(SimulatorState state, RefreshTokenRecord refresh)
    {
        var lifetime = state.Options.TokenLifetime;
        var token = state.IssueToken(lifetime, refresh.PersonId, refresh.Scope);
        return SimResults.Json(new JsonObject
        {
            ["access_token"] = token.Value,
            ["expires_in"] = (long)lifetime.TotalSeconds,
            ["refresh_token"] = refresh.Value,
            ["refresh_token_expires_in"] = Math.Max(0, (long)(refresh.ExpiresAt - state.Time.GetUtcNow()).TotalSeconds),
            ["token_type"] = "Bearer",
            ["scope"] = refresh.Scope,
        });
    }

    private static IResult OAuthError(HttpContext context, string error, string description)
    {
        var body = SimResults.ErrorBody(context, description);
        body["error"] = error;
        body["error_description"] = description;
        return SimResults.Json(body, StatusCodes.Status400BadRequest);
    }
}
