using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Auth;

/// <summary>
/// An access token with its expiry and, for integrations and service apps, the refresh token that renews it: the
/// answer of Webex's token endpoint (<c>POST /v1/access_token</c>) plus the moments the lifetimes end.
/// </summary>
/// <remarks>
/// <see cref="ToString"/> shows expiries and scopes but never the token text, so a record that reaches a log or an
/// exception message gives nothing away.
/// </remarks>
public sealed record Tokens
{
    /// <summary>The access token sent as <c>Authorization: Bearer</c>.</summary>
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; init; }

    /// <summary>The access token's lifetime in seconds when it was issued (Webex: 14 days for integrations).</summary>
    [JsonPropertyName("expires_in")]
    public long? ExpiresIn { get; init; }

    /// <summary>When the access token expires; computed from <see cref="ExpiresIn"/> when the token was received.</summary>
    [JsonPropertyName("expires_at")]
    [JsonConverter(typeof(WebexDateTimeConverter))]
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>The refresh token that gets a new access token without the user.</summary>
    [JsonPropertyName("refresh_token")]
    public string? RefreshToken { get; init; }

    /// <summary>The refresh token's lifetime in seconds when it was issued (Webex: 90 days).</summary>
    [JsonPropertyName("refresh_token_expires_in")]
    public long? RefreshTokenExpiresIn { get; init; }

    /// <summary>When the refresh token expires; after that the user (or admin) must authorise again.</summary>
    [JsonPropertyName("refresh_token_expires_at")]
    [JsonConverter(typeof(WebexDateTimeConverter))]
    public DateTimeOffset? RefreshTokenExpiresAt { get; init; }

    /// <summary>The token type; Webex answers <c>Bearer</c>.</summary>
    [JsonPropertyName("token_type")]
    public string? TokenType { get; init; }

    /// <summary>The granted scopes, space-separated.</summary>
    public string? Scope { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>
    /// The access token's remaining lifetime now (system clock); zero when there is no access token or its expiry
    /// is unknown, negative once it has expired.
    /// </summary>
    [JsonIgnore]
    public TimeSpan Remaining => GetRemaining(TimeProvider.System);

    /// <summary>The access token's remaining lifetime by the given clock; see <see cref="Remaining"/>.</summary>
    /// <param name="timeProvider">The clock.</param>
    public TimeSpan GetRemaining(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (string.IsNullOrEmpty(AccessToken) || ExpiresAt is not { } expiresAt) return TimeSpan.Zero;
        return expiresAt - timeProvider.GetUtcNow();
    }

    /// <summary>
    /// True when the access token is missing, of unknown expiry, or expires within <paramref name="margin"/> (system clock).
    /// </summary>
    /// <param name="margin">How long before expiry a token counts as due for renewal.</param>
    public bool NeedsRefresh(TimeSpan margin) => NeedsRefresh(margin, TimeProvider.System);

    /// <summary>True when the access token is missing, of unknown expiry, or expires within <paramref name="margin"/>.</summary>
    /// <param name="margin">How long before expiry a token counts as due for renewal.</param>
    /// <param name="timeProvider">The clock.</param>
    public bool NeedsRefresh(TimeSpan margin, TimeProvider timeProvider) =>
        string.IsNullOrEmpty(AccessToken) || ExpiresAt is null || GetRemaining(timeProvider) <= margin;

    /// <summary>True when the refresh token's expiry is known and has passed by the given clock.</summary>
    internal bool RefreshTokenExpired(TimeProvider timeProvider) =>
        RefreshTokenExpiresAt is { } at && at <= timeProvider.GetUtcNow();

    /// <summary>Fills the expiry moments from the lifetimes, counted from <paramref name="receivedAt"/>, where missing.</summary>
    internal Tokens WithExpiration(DateTimeOffset receivedAt) => this with
    {
        ExpiresAt = ExpiresAt ?? (ExpiresIn is { } s ? receivedAt.AddSeconds(s) : null),
        RefreshTokenExpiresAt = RefreshTokenExpiresAt ?? (RefreshTokenExpiresIn is { } r ? receivedAt.AddSeconds(r) : null),
    };

    // the record's generated ToString would print both tokens: show only whether they are there
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("AccessToken = ").Append(Masked(AccessToken));
        builder.Append(", ExpiresAt = ").Append(ExpiresAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "null");
        builder.Append(", RefreshToken = ").Append(Masked(RefreshToken));
        builder.Append(", RefreshTokenExpiresAt = ")
            .Append(RefreshTokenExpiresAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "null");
        builder.Append(", TokenType = ").Append(TokenType ?? "null");
        builder.Append(", Scope = ").Append(Scope ?? "null");
        return true;
    }

    private static string Masked(string? token) => token is null ? "null" : $"*** ({token.Length} chars)";
}
