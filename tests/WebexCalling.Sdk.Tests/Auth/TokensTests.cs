using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using WebexCalling.Sdk.Auth;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Tests.Auth;

public class TokensTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void ToString_ShowsExpiryAndScopeButNoToken()
    {
        var tokens = new Tokens
        {
            AccessToken = AuthFixtures.AccessToken, RefreshToken = AuthFixtures.RefreshToken,
            ExpiresAt = new DateTimeOffset(2026, 12, 12, 8, 0, 0, TimeSpan.Zero), Scope = "spark:kms",
        };

        string text = tokens.ToString();

        AuthFixtures.AssertNoSecret(text);
        Assert.Contains("AccessToken = ***", text);
        Assert.Contains("RefreshToken = ***", text);
        Assert.Contains("2026-12-12", text);
        Assert.Contains("spark:kms", text);
    }

    [Fact]
    public void Deserialize_TokenEndpointAnswer_ReadsSnakeCaseFields()
    {
        var tokens = JsonSerializer.Deserialize(AuthFixtures.TokenAnswer(), WebexJson.Default.Tokens)!;

        Assert.Equal(AuthFixtures.NewAccessToken, tokens.AccessToken);
        Assert.Equal(1209599, tokens.ExpiresIn);
        Assert.Equal(AuthFixtures.RefreshToken, tokens.RefreshToken);
        Assert.Equal(7775954, tokens.RefreshTokenExpiresIn);
        Assert.Equal("Bearer", tokens.TokenType);
        Assert.Equal("spark:kms spark-admin:locations_read", tokens.Scope);
        Assert.Null(tokens.ExpiresAt);
    }

    [Fact]
    public void Serialize_WritesSnakeCaseNamesAndNoRemaining()
    {
        string json = JsonSerializer.Serialize(new Tokens { AccessToken = "a", ExpiresAt = Clock.GetUtcNow(), TokenType = "Bearer" },
            WebexJson.Default.Tokens);

        TestSupport.JsonAssert.Equal("""{"access_token":"a","expires_at":"2026-11-28T08:00:00.000Z","token_type":"Bearer"}""", json);
    }

    [Fact]
    public void RemainingAndNeedsRefresh_FollowTheClock()
    {
        var tokens = new Tokens { AccessToken = "a", ExpiresAt = Clock.GetUtcNow().AddMinutes(10) };

        Assert.Equal(TimeSpan.FromMinutes(10), tokens.GetRemaining(Clock));
        Assert.False(tokens.NeedsRefresh(TimeSpan.FromMinutes(5), Clock));
        Assert.True(tokens.NeedsRefresh(TimeSpan.FromMinutes(10), Clock));
        Assert.True(new Tokens { AccessToken = "a" }.NeedsRefresh(TimeSpan.Zero, Clock)); // unknown expiry
        Assert.True(new Tokens { ExpiresAt = Clock.GetUtcNow().AddDays(1) }.NeedsRefresh(TimeSpan.Zero, Clock)); // no token
        Assert.Equal(TimeSpan.Zero, new Tokens { ExpiresAt = Clock.GetUtcNow().AddDays(1) }.GetRemaining(Clock));
    }
}
