using System.Net;
using WebexCalling.Sdk.Auth;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Auth;

public class ServiceAppTests
{
    [Fact]
    public async Task GetTokensAsync_NoCache_PostsTheRefreshGrantAndWritesTheCache()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "access_token").RespondJson(AuthFixtures.TokenAnswer(refreshToken: "REFRESH-FROM-WEBEX"));
        using var app = new ServiceApp("SA1", AuthFixtures.ClientSecret, AuthFixtures.RefreshToken, h.Options);
        using var dir = new TempFolder();
        string path = dir.File("service_app.yml");

        var tokens = await app.GetTokensAsync(path);

        Assert.Equal(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["client_id"] = "SA1", ["client_secret"] = AuthFixtures.ClientSecret,
            ["refresh_token"] = AuthFixtures.RefreshToken,
        }, AuthFixtures.Form(h.Single().Body));
        Assert.Equal(AuthFixtures.NewAccessToken, tokens.AccessToken);
        Assert.Equal(h.Clock.GetUtcNow().AddSeconds(1209599), tokens.ExpiresAt);
        Assert.Equal(tokens, await TokenCache.ReadAsync(path));
        AuthFixtures.AssertNoSecret(h.Logs.AllText);
        AuthFixtures.AssertNoSecret(app.ToString());
    }

    [Fact]
    public async Task GetTokensAsync_CachedTokenValidForMoreThanADay_IsUsedWithoutARequest()
    {
        using var h = new ApiHarness();
        using var app = new ServiceApp("SA1", AuthFixtures.ClientSecret, AuthFixtures.RefreshToken, h.Options);
        using var dir = new TempFolder();
        string path = dir.File("service_app.yml");
        var cached = new Tokens { AccessToken = AuthFixtures.AccessToken, ExpiresAt = h.Clock.GetUtcNow().AddDays(1).AddMinutes(1) };
        await TokenCache.WriteAsync(path, cached);

        Assert.Equal(cached, await app.GetTokensAsync(path));
        Assert.Empty(h.Requests);
    }

    [Fact]
    public async Task GetTokensAsync_CachedTokenExpiringWithinADay_IsRenewedAndRecached()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "access_token").RespondJson(AuthFixtures.TokenAnswer());
        using var app = new ServiceApp("SA1", AuthFixtures.ClientSecret, AuthFixtures.RefreshToken, h.Options);
        using var dir = new TempFolder();
        string path = dir.File("service_app.yml");
        await TokenCache.WriteAsync(path, new Tokens { AccessToken = AuthFixtures.AccessToken, ExpiresAt = h.Clock.GetUtcNow().AddHours(23) });

        var tokens = await app.GetTokensAsync(path);

        Assert.Single(h.Requests);
        Assert.Equal(AuthFixtures.NewAccessToken, tokens.AccessToken);
        Assert.Equal(AuthFixtures.NewAccessToken, (await TokenCache.ReadAsync(path))!.AccessToken);
    }

    [Fact]
    public async Task GetTokensAsync_RefreshTokenRevoked_SaysAnAdministratorMustAuthoriseAgain()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "access_token").RespondJson(
            """{"message":"The refresh token provided is expired, revoked, malformed, or invalid.","trackingId":"T1"}""",
            HttpStatusCode.Unauthorized);
        using var app = new ServiceApp("SA1", AuthFixtures.ClientSecret, AuthFixtures.RefreshToken, h.Options);

        var e = await Assert.ThrowsAsync<TokenRefreshException>(() => app.GetTokensAsync());

        Assert.Contains("administrator must authorise the service app again", e.Message);
        Assert.Single(h.Requests); // a refused grant is not retried
        AuthFixtures.AssertNoSecret(e.ToString());
        AuthFixtures.AssertNoSecret(h.Logs.AllText);
    }

    [Fact]
    public async Task CreateTokenProvider_FirstUseReadsTheCache_LaterRenewalsUseTheRefreshTokenAndRecache()
    {
        using var dir = new TempFolder();
        string path = dir.File("service_app.yml");
        using var tokenHarness = new ApiHarness();
        tokenHarness.Mock.On(HttpMethod.Post, "access_token").RespondJson(AuthFixtures.TokenAnswer());
        using var app = new ServiceApp("SA1", AuthFixtures.ClientSecret, AuthFixtures.RefreshToken, tokenHarness.Options);
        await TokenCache.WriteAsync(path, new Tokens { AccessToken = AuthFixtures.AccessToken, ExpiresAt = tokenHarness.Clock.GetUtcNow().AddDays(3) });
        using var provider = app.CreateTokenProvider(path);

        Assert.Equal(AuthFixtures.AccessToken, await provider.GetAccessTokenAsync());
        Assert.Empty(tokenHarness.Requests);
        tokenHarness.Clock.Advance(TimeSpan.FromDays(2).Add(TimeSpan.FromMinutes(1))); // now within a day of expiry
        Assert.Equal(AuthFixtures.NewAccessToken, await provider.GetAccessTokenAsync());
        Assert.Single(tokenHarness.Requests);
        Assert.Equal(AuthFixtures.NewAccessToken, (await TokenCache.ReadAsync(path))!.AccessToken);
    }

    [Fact]
    public void FromVariables_MissingVariable_NamesIt()
    {
        // an environment of our own: the machine's SERVICE_APP_* variables must not decide the outcome
        var fallback = new Dictionary<string, string>
        {
            [ServiceApp.ClientIdVariable] = "SA1", [ServiceApp.ClientSecretVariable] = AuthFixtures.ClientSecret,
        };

        var e = Assert.Throws<InvalidOperationException>(() => ServiceApp.FromVariables(NoEnvironment, fallback, null));

        Assert.Contains("SERVICE_APP_REFRESH_TOKEN", e.Message);
        Assert.DoesNotContain("SERVICE_APP_CLIENT_ID", e.Message);
        AuthFixtures.AssertNoSecret(e.Message);
    }

    [Fact]
    public void FromVariables_AllInTheFallback_CreatesTheApp()
    {
        var fallback = new Dictionary<string, string>
        {
            [ServiceApp.ClientIdVariable] = "SA1", [ServiceApp.ClientSecretVariable] = AuthFixtures.ClientSecret,
            [ServiceApp.RefreshTokenVariable] = AuthFixtures.RefreshToken,
        };

        using var app = ServiceApp.FromVariables(NoEnvironment, fallback, null);

        Assert.Equal("SA1", app.ClientId);
    }

    [Fact]
    public void FromVariables_VariableInBoth_TheEnvironmentWins()
    {
        var environment = new Dictionary<string, string>
        {
            [ServiceApp.ClientIdVariable] = "FROM-ENV", [ServiceApp.ClientSecretVariable] = AuthFixtures.ClientSecret,
        };
        var dotEnv = new Dictionary<string, string>
        {
            [ServiceApp.ClientIdVariable] = "FROM-FILE", [ServiceApp.RefreshTokenVariable] = AuthFixtures.RefreshToken,
        };

        using var app = ServiceApp.FromVariables(name => environment.GetValueOrDefault(name), dotEnv, null);

        Assert.Equal("FROM-ENV", app.ClientId);
    }

    private static string? NoEnvironment(string name) => null;
}
