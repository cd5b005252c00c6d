using System.Net;
using WebexCalling.Sdk.Auth;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Auth;

public class PkceAndUserInfoTests
{
    private static readonly Uri Redirect = new("https://portal.example.com/callback");

    // RFC 7636 Appendix B: the verifier and its S256 challenge
    [Fact]
    public void ComputeChallenge_Rfc7636AppendixB_GivesTheKnownChallenge()
    {
        Assert.Equal("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
            PkceChallenge.ComputeChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
        var pair = PkceChallenge.FromVerifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        Assert.Equal("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", pair.Challenge);
        Assert.Equal("S256", pair.Method);
    }

    [Fact]
    public void Create_GivesARandomUrlSafeVerifierInTheAllowedLength_AndItsChallenge()
    {
        var a = PkceChallenge.Create();
        var b = PkceChallenge.Create();
        var longest = PkceChallenge.Create(96);

        Assert.NotEqual(a.Verifier, b.Verifier);
        Assert.Equal(43, a.Verifier.Length);
        Assert.Equal(128, longest.Verifier.Length);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", a.Verifier);
        Assert.Equal(PkceChallenge.ComputeChallenge(a.Verifier), a.Challenge);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", a.Challenge);
        Assert.Throws<ArgumentOutOfRangeException>(() => PkceChallenge.Create(31));
        Assert.Throws<ArgumentOutOfRangeException>(() => PkceChallenge.Create(97));
    }

    [Theory]
    [InlineData("too-short")]
    [InlineData("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk+")]
    [InlineData("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEj X")]
    public void FromVerifier_NotAnRfc7636Verifier_Throws(string verifier)
    {
        Assert.Throws<ArgumentException>(() => PkceChallenge.FromVerifier(verifier));
    }

    [Fact]
    public void ToString_ShowsTheChallengeButNeverTheVerifier()
    {
        var pair = PkceChallenge.Create();

        string text = pair.ToString();

        Assert.Contains(pair.Challenge, text);
        Assert.DoesNotContain(pair.Verifier, text);
    }

    [Fact]
    public void GetAuthorizeUrl_WithPkce_CarriesTheChallengeAndMethodButNotTheVerifier()
    {
        using var integration = new Integration("C1", AuthFixtures.ClientSecret, "openid email profile", Redirect);
        var pkce = PkceChallenge.Create();

        var url = integration.GetAuthorizeUrl("S-1", pkce);

        var query = System.Web.HttpUtility.ParseQueryString(url.Query);
        Assert.Equal(pkce.Challenge, query["code_challenge"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Equal("openid email profile", query["scope"]);
        Assert.Equal("S-1", query["state"]);
        Assert.DoesNotContain(pkce.Verifier, url.AbsoluteUri, StringComparison.Ordinal);
        // without PKCE the URL stays as before
        Assert.Null(System.Web.HttpUtility.ParseQueryString(integration.GetAuthorizeUrl("S-1").Query)["code_challenge"]);
    }

    [Fact]
    public async Task ExchangeCodeAsync_WithVerifier_SendsCodeVerifier()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "access_token").RespondJson(AuthFixtures.TokenAnswer());
        using var integration = new Integration("C1", AuthFixtures.ClientSecret, ["openid"], Redirect, h.Options);
        var pkce = PkceChallenge.Create();

        var tokens = await integration.ExchangeCodeAsync(AuthFixtures.Code, pkce.Verifier);

        var form = AuthFixtures.Form(h.Single().Body);
        Assert.Equal(pkce.Verifier, form["code_verifier"]);
        Assert.Equal("authorization_code", form["grant_type"]);
        Assert.Equal(AuthFixtures.Code, form["code"]);
        Assert.Equal(AuthFixtures.NewAccessToken, tokens.AccessToken);
        Assert.DoesNotContain(pkce.Verifier, h.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetUserInfoAsync_SendsTheUsersTokenAndReadsTheClaims()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("userinfo").RespondJson("""
            {"sub":"9d6e1f53-4c8a-4b2e-8f3d-2a1b0c9d8e7f","name":"Ada Lovelace","given_name":"Ada","family_name":"Lovelace",
             "email":"ada@example.com","email_verified":true,"preferred_username":"ada@example.com",
             "picture":"https://avatar.example.com/ada","locale":"en_GB"}
            """);
        using var integration = new Integration("C1", AuthFixtures.ClientSecret, ["openid"], Redirect, h.Options);

        var info = await integration.GetUserInfoAsync(AuthFixtures.AccessToken);

        var request = h.Single();
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal("https://webexapis.com/v1/userinfo", request.Uri.AbsoluteUri);
        Assert.Equal("Bearer " + AuthFixtures.AccessToken, request.Headers["Authorization"]);
        Assert.Equal("9d6e1f53-4c8a-4b2e-8f3d-2a1b0c9d8e7f", info.Sub);
        Assert.Equal("Ada Lovelace", info.Name);
        Assert.Equal("Ada", info.GivenName);
        Assert.Equal("Lovelace", info.FamilyName);
        Assert.Equal("ada@example.com", info.Email);
        Assert.True(info.EmailVerified);
        Assert.Equal("ada@example.com", info.PreferredUsername);
        Assert.Equal("https://avatar.example.com/ada", info.Picture);
        Assert.Equal("en_GB", info.ExtensionData!["locale"].GetString());
        AuthFixtures.AssertNoSecret(h.Logs.AllText);
    }

    [Fact]
    public async Task GetUserInfoAsync_Refused_ThrowsWebexApiExceptionWithWebexsTextAndNoToken()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("userinfo").RespondJson("""{"message":"The token does not have the openid scope.","trackingId":"T-1"}""",
            HttpStatusCode.Forbidden);
        using var integration = new Integration("C1", AuthFixtures.ClientSecret, ["openid"], Redirect, h.Options);

        var e = await Assert.ThrowsAsync<WebexApiException>(() => integration.GetUserInfoAsync(AuthFixtures.AccessToken));

        Assert.Equal(HttpStatusCode.Forbidden, e.StatusCode);
        Assert.Contains("The token does not have the openid scope.", e.Message);
        AuthFixtures.AssertNoSecret(e.ToString());
        AuthFixtures.AssertNoSecret(h.Logs.AllText);
        await Assert.ThrowsAsync<ArgumentException>(() => integration.GetUserInfoAsync(" "));
    }
}
