using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Auth;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Auth;

public class IntegrationTests
{
    private static readonly Uri Redirect = new("http://localhost:6001/redirect");

    [Theory]
    [InlineData("spark:kms spark-admin:locations_read")]
    [InlineData("spark:kms,spark-admin:locations_read")]
    [InlineData(" spark:kms ,  spark-admin:locations_read ")]
    [InlineData("spark%3Akms%20spark-admin%3Alocations_read")]
    [InlineData("scope=spark%3Akms%20spark-admin%3Alocations_read&state=set_state_here")]
    [InlineData("https://webexapis.com/v1/authorize?client_id=C1&response_type=code&redirect_uri=http%3A%2F%2Flocalhost%3A6001%2Fredirect&scope=spark%3Akms%20spark-admin%3Alocations_read&state=set_state_here")]
    public void ParseScopes_EveryFormWxcSdkReads_GivesTheScopes(string text)
    {
        Assert.Equal(["spark:kms", "spark-admin:locations_read"], Integration.ParseScopes(text));
    }

    [Fact]
    public void GetAuthorizeUrl_CarriesClientIdCodeRedirectScopesAndState()
    {
        using var integration = new Integration("C1", AuthFixtures.ClientSecret, "spark:kms, spark:people_read", Redirect);

        var url = integration.GetAuthorizeUrl("S-42");

        Assert.Equal("https://webexapis.com/v1/authorize", url.GetLeftPart(UriPartial.Path));
        var query = System.Web.HttpUtility.ParseQueryString(url.Query);
        Assert.Equal("C1", query["client_id"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("http://localhost:6001/redirect", query["redirect_uri"]);
        Assert.Equal("spark:kms spark:people_read", query["scope"]);
        Assert.Equal("S-42", query["state"]);
        Assert.Contains("scope=spark%3Akms%20spark%3Apeople_read", url.AbsoluteUri);
        Assert.DoesNotContain(AuthFixtures.ClientSecret, url.AbsoluteUri);
    }

    [Fact]
    public async Task ExchangeCodeAsync_PostsTheAuthorizationCodeGrantAndComputesExpiries()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "access_token").RespondJson(AuthFixtures.TokenAnswer());
        using var integration = new Integration("C1", AuthFixtures.ClientSecret, ["spark:kms"], Redirect, h.Options);

        var tokens = await integration.ExchangeCodeAsync(AuthFixtures.Code);

        var request = h.Single();
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("application/x-www-form-urlencoded", request.Headers["Content-Type"]);
        Assert.False(request.Headers.ContainsKey("Authorization"));
        Assert.Equal(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["client_id"] = "C1", ["client_secret"] = AuthFixtures.ClientSecret,
            ["code"] = AuthFixtures.Code, ["redirect_uri"] = "http://localhost:6001/redirect",
        }, AuthFixtures.Form(request.Body));
        Assert.Equal(AuthFixtures.NewAccessToken, tokens.AccessToken);
        Assert.Equal(h.Clock.GetUtcNow().AddSeconds(1209599), tokens.ExpiresAt);
        Assert.Equal(h.Clock.GetUtcNow().AddSeconds(7775954), tokens.RefreshTokenExpiresAt);
        AuthFixtures.AssertNoSecret(h.Logs.AllText);
    }

    [Fact]
    public async Task RefreshAsync_PostsTheRefreshTokenGrant_AndLeavesTheOldTokensAlone()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "access_token").RespondJson(AuthFixtures.TokenAnswer());
        using var integration = new Integration("C1", AuthFixtures.ClientSecret, ["spark:kms"], Redirect, h.Options);
        var old = new Tokens { AccessToken = AuthFixtures.AccessToken, RefreshToken = AuthFixtures.RefreshToken };

        var renewed = await integration.RefreshAsync(old);

        Assert.Equal(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["client_id"] = "C1", ["client_secret"] = AuthFixtures.ClientSecret,
            ["refresh_token"] = AuthFixtures.RefreshToken,
        }, AuthFixtures.Form(h.Single().Body));
        Assert.Equal(AuthFixtures.NewAccessToken, renewed.AccessToken);
        Assert.Equal(AuthFixtures.AccessToken, old.AccessToken);
    }

    [Fact]
    public async Task RefreshAsync_NoRefreshToken_SaysTheUserMustAuthoriseAgain_WithoutARequest()
    {
        using var h = new ApiHarness();
        using var integration = new Integration("C1", AuthFixtures.ClientSecret, ["spark:kms"], Redirect, h.Options);

        var e = await Assert.ThrowsAsync<TokenRefreshException>(() => integration.RefreshAsync(new Tokens { AccessToken = "x" }));

        Assert.Contains("authorise the integration again", e.Message);
        Assert.Empty(h.Requests);
    }

    [Fact]
    public Task GetCachedTokensFromYamlAsync_NoCache_RunsTheOAuthFlowOnLoopbackAndCachesTheTokens() => RedirectPort.RunAsync(async port =>
    {
        using var authServer = new FakeAuthorizationServer();
        using var h = new ApiHarness(o => o.BaseUrl = authServer.BaseUrl);
        h.Mock.When(HttpMethod.Post, authServer.BaseUrl + "access_token").Respond(_ => ApiHarness.Json(HttpStatusCode.OK, AuthFixtures.TokenAnswer()));
        var redirect = new Uri($"http://localhost:{port}/redirect");
        using var integration = new Integration("C1", AuthFixtures.ClientSecret, "spark:kms spark-admin:locations_read", redirect, h.Options);
        using var browser = new HttpClient();
        Task<HttpResponseMessage>? browsing = null;
        integration.OpenBrowser = url =>
        {
            browsing = browser.GetAsync(url); // follows the 302 to the redirect URL, like a browser
            return true;
        };
        using var dir = new TempFolder();
        string path = dir.File("tokens.yml");

        var tokens = await integration.GetCachedTokensFromYamlAsync(path).WaitAsync(TimeSpan.FromSeconds(30));

        // the browser saw the flow's success page
        using var page = await browsing!;
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(redirect.AbsolutePath, page.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Authorisation complete", await page.Content.ReadAsStringAsync());
        // the authorize request
        Assert.Equal("C1", authServer.AuthorizeQuery!["client_id"]);
        Assert.Equal("code", authServer.AuthorizeQuery["response_type"]);
        Assert.Equal(redirect.OriginalString, authServer.AuthorizeQuery["redirect_uri"]);
        Assert.Equal("spark:kms spark-admin:locations_read", authServer.AuthorizeQuery["scope"]);
        Assert.Matches("^[0-9A-F]{32}$", authServer.AuthorizeQuery["state"]);
        Assert.Equal("S256", authServer.AuthorizeQuery["code_challenge_method"]);
        // the code exchange, with the verifier of the authorize request's PKCE challenge
        var form = AuthFixtures.Form(h.Single().Body);
        string verifier = form["code_verifier"];
        Assert.Equal(PkceChallenge.ComputeChallenge(verifier), authServer.AuthorizeQuery["code_challenge"]);
        form.Remove("code_verifier");
        Assert.Equal(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["client_id"] = "C1", ["client_secret"] = AuthFixtures.ClientSecret,
            ["code"] = AuthFixtures.Code, ["redirect_uri"] = redirect.OriginalString,
        }, form);
        Assert.DoesNotContain(verifier, h.Logs.AllText, StringComparison.Ordinal);
        Assert.Equal(AuthFixtures.NewAccessToken, tokens.AccessToken);
        // the cache
        Assert.Equal($"""
            access_token: {AuthFixtures.NewAccessToken}
            expires_at: '2026-12-12T07:59:59.000000+00:00'
            expires_in: 1209599
            refresh_token: {AuthFixtures.RefreshToken}
            refresh_token_expires_at: '2027-02-26T07:59:14.000000+00:00'
            refresh_token_expires_in: 7775954
            scope: spark:kms spark-admin:locations_read
            token_type: Bearer

            """.ReplaceLineEndings("\n"), (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n"));
        AuthFixtures.AssertNoSecret(h.Logs.AllText);
        AuthFixtures.AssertNoSecret(integration.ToString());

        // next run: the cached tokens are used as they are, no browser, no request
        integration.OpenBrowser = _ => throw new InvalidOperationException("no flow expected");
        var again = await integration.GetCachedTokensFromYamlAsync(path);
        Assert.Equal(tokens, again);
        Assert.Single(h.Requests);
    });

    [Fact]
    public Task GetTokensFromOAuthFlowAsync_RedirectWithWrongState_IsRefusedAndNoCodeIsExchanged() => RedirectPort.RunAsync(async port =>
    {
        using var authServer = new FakeAuthorizationServer(stateToReturn: _ => "forged-state");
        using var h = new ApiHarness(o => o.BaseUrl = authServer.BaseUrl);
        var redirect = new Uri($"http://127.0.0.1:{port}/redirect");
        using var integration = new Integration("C1", AuthFixtures.ClientSecret, ["spark:kms"], redirect, h.Options);
        using var browser = new HttpClient();
        Task<HttpResponseMessage>? browsing = null;
        integration.OpenBrowser = url => { browsing = browser.GetAsync(url); return true; };

        var e = await Assert.ThrowsAsync<InvalidOperationException>(
            () => integration.GetTokensFromOAuthFlowAsync().WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Contains("state", e.Message);
        using var page = await browsing!;
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("wrong state", await page.Content.ReadAsStringAsync());
        Assert.Empty(h.Requests);
        AuthFixtures.AssertNoSecret(e.ToString());
    });

    [Fact]
    public Task GetTokensFromOAuthFlowAsync_BrowserCannotBeOpened_PrintsTheUrlAndKeepsWaiting() => RedirectPort.RunAsync(async port =>
    {
        using var authServer = new FakeAuthorizationServer();
        using var h = new ApiHarness(o => o.BaseUrl = authServer.BaseUrl);
        h.Mock.When(HttpMethod.Post, authServer.BaseUrl + "access_token").Respond(_ => ApiHarness.Json(HttpStatusCode.OK, AuthFixtures.TokenAnswer()));
        var redirect = new Uri($"http://127.0.0.1:{port}/redirect");
        using var integration = new Integration("C1", AuthFixtures.ClientSecret, ["spark:kms"], redirect, h.Options);
        Uri? shown = null;
        integration.OpenBrowser = url => { shown = url; return false; };

        var flow = integration.GetTokensFromOAuthFlowAsync();
        await ApiHarness.WaitForAsync(() => h.Logs.AllText.Contains("open this URL", StringComparison.Ordinal));
        // the user copies the URL into a browser elsewhere
        using var browser = new HttpClient();
        using var page = await browser.GetAsync(shown);
        var tokens = await flow.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(shown!.AbsoluteUri, h.Logs.AllText);
        Assert.Equal(AuthFixtures.NewAccessToken, tokens.AccessToken);
        AuthFixtures.AssertNoSecret(h.Logs.AllText);
    });

    [Fact]
    public async Task GetTokensFromOAuthFlowAsync_NonLoopbackRedirect_IsRefusedBeforeAnything()
    {
        using var integration = new Integration("C1", AuthFixtures.ClientSecret, ["spark:kms"], new Uri("https://example.com/redirect"));
        integration.OpenBrowser = _ => throw new InvalidOperationException("must not be called");

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => integration.GetTokensFromOAuthFlowAsync());

        Assert.Contains("loopback", e.Message);
    }

    [Fact]
    public async Task GetCachedTokensFromYamlAsync_CacheCloseToExpiry_RefreshesAndRewritesTheCache()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "access_token").RespondJson(AuthFixtures.TokenAnswer());
        using var integration = new Integration("C1", AuthFixtures.ClientSecret, ["spark:kms"], Redirect, h.Options);
        integration.OpenBrowser = _ => throw new InvalidOperationException("no flow expected");
        using var dir = new TempFolder();
        string path = dir.File("tokens.yml");
        await TokenCache.WriteAsync(path, new Tokens
        {
            AccessToken = AuthFixtures.AccessToken, ExpiresAt = h.Clock.GetUtcNow().AddMinutes(4),
            RefreshToken = AuthFixtures.RefreshToken, RefreshTokenExpiresAt = h.Clock.GetUtcNow().AddDays(30),
        });

        var tokens = await integration.GetCachedTokensFromYamlAsync(path);

        Assert.Equal("refresh_token", AuthFixtures.Form(h.Single().Body)["grant_type"]);
        Assert.Equal(AuthFixtures.NewAccessToken, tokens.AccessToken);
        Assert.Equal(tokens, await TokenCache.ReadAsync(path));
    }

    [Fact]
    public async Task GetCachedTokensFromYamlAsync_CorruptCache_ThrowsTokenCacheException()
    {
        using var h = new ApiHarness();
        using var integration = new Integration("C1", AuthFixtures.ClientSecret, ["spark:kms"], Redirect, h.Options);
        using var dir = new TempFolder();
        string path = dir.File("tokens.yml");
        await File.WriteAllTextAsync(path, $"access_token: '{AuthFixtures.AccessToken}\nexpires_at: '20");

        var e = await Assert.ThrowsAsync<TokenCacheException>(() => integration.GetCachedTokensFromYamlAsync(path));

        Assert.Contains(path, e.Message);
        AuthFixtures.AssertNoSecret(e.Message);
        Assert.Empty(h.Requests);
    }
}
