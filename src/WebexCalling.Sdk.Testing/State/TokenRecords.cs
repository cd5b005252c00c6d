namespace WebexCalling.Sdk.Testing.State;

/// <summary>An access token: who it belongs to and until when it works.</summary>
internal sealed record TokenRecord(string Value, Guid PersonId, DateTimeOffset ExpiresAt, string Scope);

/// <summary>An OAuth integration registered with <see cref="WebexSimulator.AddIntegration"/>.</summary>
internal sealed record IntegrationRecord(string ClientId, string ClientSecret);

/// <summary>
/// An authorization code from /v1/authorize: single use, short-lived, bound to client and redirect URI, and to the PKCE
/// challenge (RFC 7636) of the authorize request when it carried one (method <c>S256</c> or <c>plain</c>).
/// </summary>
internal sealed record AuthCodeRecord(string Code, string ClientId, string RedirectUri, string Scope, Guid PersonId, DateTimeOffset ExpiresAt,
    string? CodeChallenge = null, string? CodeChallengeMethod = null);

/// <summary>A refresh token from /v1/access_token.</summary>
internal sealed record RefreshTokenRecord(string Value, string ClientId, string Scope, Guid PersonId, DateTimeOffset ExpiresAt);
