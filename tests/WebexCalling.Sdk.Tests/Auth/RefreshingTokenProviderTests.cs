using System.Net;
using Microsoft.Extensions.Time.Testing;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Auth;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Auth;

public class RefreshingTokenProviderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);

    private static Tokens Expiring(TimeSpan remaining) => new()
    {
        AccessToken = AuthFixtures.AccessToken,
        ExpiresAt = Now + remaining,
        RefreshToken = AuthFixtures.RefreshToken,
        RefreshTokenExpiresAt = Now.AddDays(60),
    };

    [Fact]
    public async Task GetAccessTokenAsync_FiftyConcurrentCallersNearExpiry_MakeExactlyOneRefreshRequest()
    {
        using var h = new ApiHarness();
        var release = new TaskCompletionSource();
        h.Mock.On(HttpMethod.Post, "access_token").Respond(async () =>
        {
            await release.Task; // hold the refresh until every caller is waiting
            return ApiHarness.Json(HttpStatusCode.OK, AuthFixtures.TokenAnswer());
        });
        using var integration = new Integration("client", AuthFixtures.ClientSecret, ["spark:kms"], new Uri("http://localhost:6001/redirect"), h.Options);
        using var provider = integration.CreateTokenProvider(Expiring(TimeSpan.FromMinutes(2)));

        var calls = Enumerable.Range(0, 50).Select(_ => Task.Run(async () => await provider.GetAccessTokenAsync())).ToList();
        await ApiHarness.WaitForAsync(() => h.Requests.Count == 1);
        await Task.Delay(50);
        release.SetResult();
        string[] tokens = await Task.WhenAll(calls);

        Assert.All(tokens, t => Assert.Equal(AuthFixtures.NewAccessToken, t));
        var refresh = h.Single();
        Assert.Equal("/v1/access_token", refresh.PathAndQuery);
        Assert.Equal("refresh_token", AuthFixtures.Form(refresh.Body)["grant_type"]);
        Assert.Equal(Now.AddSeconds(1209599), provider.Current.ExpiresAt);
    }

    [Fact]
    public async Task GetAccessTokenAsync_TokenValidBeyondTheMargin_IsReturnedWithoutRefresh()
    {
        int refreshes = 0;
        using var provider = new RefreshingTokenProvider(Expiring(TimeSpan.FromMinutes(6)),
            (t, _) => { refreshes++; return Task.FromResult(t); }, new() { TimeProvider = new FakeTimeProvider(Now) });

        Assert.Equal(AuthFixtures.AccessToken, await provider.GetAccessTokenAsync());
        Assert.Equal(0, refreshes);
    }

    [Fact]
    public async Task Api401_RefreshesOnceAndRetriesOnceWithTheNewToken()
    {
        int refreshes = 0;
        var clock = new FakeTimeProvider(Now);
        using var provider = new RefreshingTokenProvider(Expiring(TimeSpan.FromDays(10)), (t, _) =>
        {
            refreshes++;
            return Task.FromResult(new Tokens { AccessToken = AuthFixtures.NewAccessToken, ExpiresIn = 1209599 });
        }, new() { TimeProvider = clock });
        using var h = new ApiHarness(o => o.TimeProvider = clock, provider);
        h.Mock.OnGet("people/me").With(r => r.Headers.Authorization?.Parameter == AuthFixtures.AccessToken)
            .RespondJson("""{"message":"The request requires a valid access token set in the Authorization request header."}""",
                HttpStatusCode.Unauthorized);
        h.Mock.OnGet("people/me").With(r => r.Headers.Authorization?.Parameter == AuthFixtures.NewAccessToken)
            .RespondJson("""{"id":"P1"}""");

        var me = await h.Api.People.MeAsync();

        Assert.Equal("P1", me.PersonId);
        Assert.Equal(1, refreshes);
        Assert.Collection(h.Requests,
            r => Assert.Equal("Bearer " + AuthFixtures.AccessToken, r.Headers["Authorization"]),
            r => Assert.Equal("Bearer " + AuthFixtures.NewAccessToken, r.Headers["Authorization"]));
        Assert.Equal(AuthFixtures.RefreshToken, provider.Current.RefreshToken); // kept when the answer has none
        AuthFixtures.AssertNoSecret(h.Logs.AllText);
    }

    [Fact]
    public async Task Api401_AgainWithTheFreshToken_GivesUpAfterOneRefresh()
    {
        int refreshes = 0;
        var clock = new FakeTimeProvider(Now);
        using var provider = new RefreshingTokenProvider(Expiring(TimeSpan.FromDays(10)), (t, _) =>
        {
            refreshes++;
            return Task.FromResult(new Tokens { AccessToken = AuthFixtures.NewAccessToken + refreshes, ExpiresIn = 1209599 });
        }, new() { TimeProvider = clock });
        using var h = new ApiHarness(o => o.TimeProvider = clock, provider);
        h.Mock.OnGet("people/me").RespondJson("""{"message":"Unauthorized"}""", HttpStatusCode.Unauthorized);

        var first = await Assert.ThrowsAsync<WebexApiException>(() => h.Api.People.MeAsync());
        var second = await Assert.ThrowsAsync<WebexApiException>(() => h.Api.People.MeAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        Assert.Equal(1, refreshes); // the second request's token was renewed a moment ago: renewing again would not help
        Assert.Equal(3, h.Requests.Count);
        AuthFixtures.AssertNoSecret(first.ToString());
    }

    [Fact]
    public async Task TryRefreshAsync_RejectedTokenAlreadyReplaced_RetriesWithoutRefreshing()
    {
        int refreshes = 0;
        using var provider = new RefreshingTokenProvider(Expiring(TimeSpan.FromDays(1)), (t, _) =>
        {
            refreshes++;
            return Task.FromResult(new Tokens { AccessToken = AuthFixtures.NewAccessToken, ExpiresIn = 3600 });
        }, new() { TimeProvider = new FakeTimeProvider(Now) });

        Assert.True(await provider.TryRefreshAsync(AuthFixtures.AccessToken));
        Assert.True(await provider.TryRefreshAsync(AuthFixtures.AccessToken)); // a second request that failed with the old one
        Assert.Equal(1, refreshes);
        Assert.Equal(AuthFixtures.NewAccessToken, await provider.GetAccessTokenAsync());
    }

    [Fact]
    public async Task GetAccessTokenAsync_RefreshTokenExpired_SaysTheUserMustAuthoriseAgain()
    {
        int refreshes = 0;
        var expired = Expiring(TimeSpan.FromMinutes(-1)) with { RefreshTokenExpiresAt = Now.AddDays(-1) };
        using var provider = new RefreshingTokenProvider(expired, (t, _) => { refreshes++; return Task.FromResult(t); },
            new() { TimeProvider = new FakeTimeProvider(Now) });

        var e = await Assert.ThrowsAsync<TokenRefreshException>(async () => await provider.GetAccessTokenAsync());

        Assert.Contains("refresh token expired", e.Message);
        Assert.Contains("authorise again", e.Message);
        Assert.Equal(0, refreshes);
        AuthFixtures.AssertNoSecret(e.ToString());
    }

    [Fact]
    public async Task GetAccessTokenAsync_TokenEndpointSaysInvalidGrant_SaysTheUserMustAuthoriseAgain()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "access_token").RespondJson(
            $$"""{"message":"The refresh token provided is expired, revoked, malformed, or invalid.","error":"invalid_grant","refresh_token":"{{AuthFixtures.RefreshToken}}","trackingId":"TOKEN_1"}""",
            HttpStatusCode.BadRequest);
        using var integration = new Integration("client", AuthFixtures.ClientSecret, ["spark:kms"], new Uri("http://localhost:6001/redirect"), h.Options);
        using var provider = integration.CreateTokenProvider(Expiring(TimeSpan.FromMinutes(-5)));

        var e = await Assert.ThrowsAsync<TokenRefreshException>(async () => await provider.GetAccessTokenAsync());

        Assert.Contains("authorise the integration again", e.Message);
        Assert.Contains("HTTP 400", e.Message);
        Assert.Contains("TOKEN_1", e.Message);
        var inner = Assert.IsType<WebexApiException>(e.InnerException);
        Assert.Equal(HttpStatusCode.BadRequest, inner.StatusCode);
        AuthFixtures.AssertNoSecret(e.ToString());
        AuthFixtures.AssertNoSecret(h.Logs.AllText);
    }

    [Fact]
    public async Task GetAccessTokenAsync_RefreshFailsWhileTokenStillValid_KeepsServingItAndRetriesLater()
    {
        int refreshes = 0;
        var clock = new FakeTimeProvider(Now);
        using var provider = new RefreshingTokenProvider(Expiring(TimeSpan.FromMinutes(3)), (t, _) =>
        {
            if (++refreshes == 1) throw new HttpRequestException("network down");
            return Task.FromResult(new Tokens { AccessToken = AuthFixtures.NewAccessToken, ExpiresIn = 3600 });
        }, new() { TimeProvider = clock });

        Assert.Equal(AuthFixtures.AccessToken, await provider.GetAccessTokenAsync());
        Assert.Equal(AuthFixtures.AccessToken, await provider.GetAccessTokenAsync()); // within the pause: no new attempt
        Assert.Equal(1, refreshes);
        clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(AuthFixtures.NewAccessToken, await provider.GetAccessTokenAsync());
        Assert.Equal(2, refreshes);
    }

    [Fact]
    public async Task GetAccessTokenAsync_RefreshFailsAfterExpiry_Throws()
    {
        using var provider = new RefreshingTokenProvider(Expiring(TimeSpan.FromMinutes(-1)),
            (_, _) => throw new HttpRequestException("network down"), new() { TimeProvider = new FakeTimeProvider(Now) });

        await Assert.ThrowsAsync<HttpRequestException>(async () => await provider.GetAccessTokenAsync());
    }

    [Fact]
    public async Task Refresh_WithCachePathAndCallback_PersistsTheRenewedTokens()
    {
        using var dir = new TempFolder();
        string path = dir.File("tokens.yml");
        Tokens? seen = null;
        using var provider = new RefreshingTokenProvider(Expiring(TimeSpan.Zero),
            (_, _) => Task.FromResult(new Tokens { AccessToken = AuthFixtures.NewAccessToken, ExpiresIn = 3600 }),
            new() { TimeProvider = new FakeTimeProvider(Now), CachePath = path, OnRefreshed = (t, _) => { seen = t; return Task.CompletedTask; } });

        await provider.GetAccessTokenAsync();

        var cached = await TokenCache.ReadAsync(path);
        Assert.Equal(AuthFixtures.NewAccessToken, cached!.AccessToken);
        Assert.Equal(Now.AddHours(1), cached.ExpiresAt);
        Assert.Equal(AuthFixtures.RefreshToken, cached.RefreshToken);
        Assert.Equal(cached, seen);
        AuthFixtures.AssertNoSecret(provider.ToString());
    }

    [Fact]
    public async Task GetAccessTokenAsync_TokensShorterLivedThanTheMargin_AreRenewedAtHalfTheirLifeNotOnEveryCall()
    {
        int refreshes = 0;
        var clock = new FakeTimeProvider(Now);
        using var provider = new RefreshingTokenProvider(new Tokens(), (_, _) =>
        {
            refreshes++;
            return Task.FromResult(new Tokens { AccessToken = AuthFixtures.NewAccessToken + refreshes, ExpiresIn = 3600 });
        }, new() { TimeProvider = clock, Margin = TimeSpan.FromDays(1) });

        Assert.Equal(AuthFixtures.NewAccessToken + 1, await provider.GetAccessTokenAsync());
        Assert.Equal(AuthFixtures.NewAccessToken + 1, await provider.GetAccessTokenAsync());
        clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(AuthFixtures.NewAccessToken + 1, await provider.GetAccessTokenAsync());
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(AuthFixtures.NewAccessToken + 2, await provider.GetAccessTokenAsync());
        Assert.Equal(2, refreshes);
    }
}
