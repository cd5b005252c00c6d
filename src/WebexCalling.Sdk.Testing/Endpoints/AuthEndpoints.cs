using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// The OAuth authorization-code grant with PKCE and the OpenID Connect <c>userinfo</c> answer ("Login with Webex"):
/// GET /v1/authorize (a browser, <c>prompt=login</c>: a sign-in page asking for the email of a person of the
/// organisation; <c>login_hint=email</c>: that person at once; any other client: the administrator at once), POST
/// /v1/authorize (the page's form), POST /v1/access_token (authorization_code with <c>code_verifier</c> when the
/// authorize request carried a <c>code_challenge</c>, and refresh_token; form encoded) and GET /v1/userinfo (the
/// claims of the token's person, for tokens with the <c>openid</c> scope). Errors carry Webex's error body plus
/// OAuth's <c>error</c>/<c>error_description</c>.
/// </summary>
internal static class AuthEndpoints
{
    private static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);

    // the authorize request's parameters the sign-in page carries through its form
    private static readonly string[] AuthorizeParameters =
        ["client_id", "redirect_uri", "response_type", "scope", "state", "code_challenge", "code_challenge_method"];

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapGet("/authorize", (HttpContext context) => Authorize(context, state, context.Request.Query, form: false));
        app.MapPost("/authorize", (Func<HttpContext, Task<IResult>>)(async context =>
        {
            if (!context.Request.HasFormContentType)
                return OAuthError(context, "invalid_request", "The sign-in form must be posted as application/x-www-form-urlencoded.");
            var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
            return Authorize(context, state, form.ToDictionary(f => f.Key, f => f.Value), form: true);
        }));
        app.MapPost("/access_token", (Func<HttpContext, Task<IResult>>)(context => AccessTokenAsync(context, state)));
        app.MapGet("/userinfo", (HttpContext context) => UserInfo(context, state));
    }

    private static IResult Authorize(HttpContext context, SimulatorState state, IEnumerable<KeyValuePair<string, StringValues>> parameters, bool form)
    {
        var values = parameters.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
        string? Get(string name) => values.TryGetValue(name, out var v) && v.Length > 0 ? v : null;
        string? clientId = Get("client_id");
        string? redirectUri = Get("redirect_uri");
        string scope = Get("scope") ?? "";
        string? oauthState = Get("state");
        string? challenge = Get("code_challenge");
        string? method = Get("code_challenge_method");
        if (clientId is null || redirectUri is null)
            return OAuthError(context, "invalid_request", "client_id and redirect_uri are required.");
        if (!Uri.TryCreate(redirectUri, UriKind.Absolute, out var redirect))
            return OAuthError(context, "invalid_request", "redirect_uri must be an absolute URI.");
        lock (state.Sync)
        {
            if (!state.Integrations.ContainsKey(clientId))
                return OAuthError(context, "invalid_client", "Unknown client_id.");
        }
        if (Get("response_type") != "code")
            return OAuthError(context, "unsupported_response_type", "response_type must be 'code'.");
        if (challenge is null && method is not null)
            return OAuthError(context, "invalid_request", "code_challenge_method without code_challenge.");
        if (challenge is not null)
        {
            method ??= "plain"; // RFC 7636 4.3
            if (method is not ("S256" or "plain"))
                return OAuthError(context, "invalid_request", "code_challenge_method must be S256 or plain.");
            if (challenge.Length is < 43 or > 128)
                return OAuthError(context, "invalid_request", "code_challenge must be 43 to 128 characters.");
        }

        Guid personId;
        string? email = form ? Get("email") : Get("login_hint");
        if (email is not null)
        {
            var person = FindByEmail(state, email.Trim());
            if (person is null)
            {
                if (!form && !WantsPage(context))
                    return OAuthError(context, "invalid_request", $"No person of the organisation has the email '{email}'.");
                return SignInPage(state, values, $"No one in this organisation signs in as '{email.Trim()}'.");
            }
            personId = person.Uuid;
        }
        else if (form || WantsPage(context))
        {
            return SignInPage(state, values, form ? "Enter the email of the person who signs in." : null);
        }
        else
        {
            personId = state.AdminId; // a non-browser client: the administrator consents at once
        }

        var code = new AuthCodeRecord(state.NewSecret(48), clientId, redirectUri, scope, personId,
            state.Time.GetUtcNow() + CodeLifetime, challenge, challenge is null ? null : method);
        lock (state.Sync) state.AuthCodes[code.Code] = code;
        string separator = string.IsNullOrEmpty(redirect.Query) ? "?" : "&";
        string location = redirectUri + separator + "code=" + Uri.EscapeDataString(code.Code)
            + (oauthState is null ? "" : "&state=" + Uri.EscapeDataString(oauthState));
        return Results.Redirect(location);
    }

    /// <summary>A browser (it accepts HTML) or a client that asks for the sign-in (<c>prompt=login</c>).</summary>
    private static bool WantsPage(HttpContext context) =>
        context.Request.Query["prompt"] == "login"
        || context.Request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    private static PersonRecord? FindByEmail(SimulatorState state, string email)
    {
        lock (state.Sync)
            return state.People.Values.FirstOrDefault(p => p.Emails.Exists(e => string.Equals(e, email, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The sign-in page: an email field, the authorize request in hidden fields, and the people to pick from.</summary>
    private static IResult SignInPage(SimulatorState state, Dictionary<string, string> values, string? error)
    {
        static string H(string? text) => WebUtility.HtmlEncode(text ?? "");
        List<(string Name, string Email)> people;
        lock (state.Sync)
            people = state.People.Values.Where(p => p.Emails.Count > 0)
                .Select(p => (p.DisplayName ?? p.Emails[0], p.Emails[0])).ToList();
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign in - Webex simulator</title>")
            .Append("<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}")
            .Append(".error{color:#b00020}td{padding:.1rem .6rem}</style></head><body>")
            .Append("<h1>Sign in to Webex</h1><p>This is the Webex simulator: pick a person of the simulated organisation.</p>");
        if (error is not null) html.Append("<p class=\"error\" role=\"alert\">").Append(H(error)).Append("</p>");
        html.Append("<form method=\"post\" action=\"authorize\">");
        foreach (string name in AuthorizeParameters)
            if (values.TryGetValue(name, out var value) && value.Length > 0)
                html.Append("<input type=\"hidden\" name=\"").Append(name).Append("\" value=\"").Append(H(value)).Append("\">");
        html.Append("<label for=\"email\">Email</label> <input id=\"email\" name=\"email\" type=\"email\" list=\"people\" autocomplete=\"username\" value=\"")
            .Append(H(values.GetValueOrDefault("email") ?? values.GetValueOrDefault("login_hint"))).Append("\" required> ")
            .Append("<button type=\"submit\">Sign in</button><datalist id=\"people\">");
        foreach (var (_, email) in people) html.Append("<option value=\"").Append(H(email)).Append("\">");
        html.Append("</datalist></form><h2>People</h2><table>");
        foreach (var (name, email) in people)
            html.Append("<tr><td>").Append(H(name)).Append("</td><td>").Append(H(email)).Append("</td></tr>");
        html.Append("</table></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8);
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
                    if (grant.CodeChallenge is not null && !VerifierMatches(grant, form["code_verifier"]))
                        return OAuthError(context, "invalid_grant", "code_verifier does not match the code_challenge of the authorize request.");
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

    /// <summary>RFC 7636 4.6: S256 compares base64url(SHA-256(verifier)), plain the verifier itself.</summary>
    private static bool VerifierMatches(AuthCodeRecord grant, string? verifier)
    {
        if (string.IsNullOrEmpty(verifier)) return false;
        string expected = grant.CodeChallengeMethod == "S256"
            ? Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_')
            : verifier;
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(grant.CodeChallenge!));
    }

    /// <summary>The OpenID Connect claims of the token's person; the token needs the <c>openid</c> scope.</summary>
    private static IResult UserInfo(HttpContext context, SimulatorState state)
    {
        string? header = context.Request.Headers.Authorization;
        string? value = header is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
        lock (state.Sync)
        {
            if (value is null || !state.Tokens.TryGetValue(value, out var token) || token.ExpiresAt <= state.Time.GetUtcNow())
                return SimResults.Error(context, StatusCodes.Status401Unauthorized,
                    "The request requires a valid access token set in the Authorization request header.");
            if (!token.Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("openid", StringComparer.Ordinal))
                return SimResults.Error(context, StatusCodes.Status403Forbidden,
                    "The access token was not granted the openid scope, which userinfo requires.");
            if (!state.People.TryGetValue(token.PersonId, out var person))
                return SimResults.NotFound(context, "The person of this access token no longer exists.");
            var claims = new JsonObject { ["sub"] = person.Uuid.ToString() };
            JsonBody.Put(claims, "name", person.DisplayName);
            JsonBody.Put(claims, "given_name", person.FirstName);
            JsonBody.Put(claims, "family_name", person.LastName);
            if (person.Emails.Count > 0)
            {
                claims["email"] = person.Emails[0];
                claims["email_verified"] = true;
                claims["preferred_username"] = person.Emails[0];
            }
            JsonBody.Put(claims, "picture", person.Avatar);
            return SimResults.Json(claims);
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
