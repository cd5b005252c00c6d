using System.Net;
using System.Net.Http.Headers;
using System.Web;
using WebexCalling.Sdk.Auth;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.IntegrationTests.TestSupport;

namespace WebexCalling.Sdk.IntegrationTests.Auth;

/// <summary>
/// "Login with Webex" against the simulator over loopback HTTP: the sign-in page a browser sees, the person it picks,
/// PKCE at the code exchange and the userinfo claims, through the SDK's <see cref="Integration"/>.
/// </summary>
public sealed class SignInPageSdkTests
{
    private const string ClientId = "C-sign-in-test";
    private const string ClientSecret = "integration-secret-for-sign-in";
    private static readonly Uri Redirect = new("http://127.0.0.1:9/callback");

    [Fact]
    public async Task Browser_GetsTheSignInPage_PostingAnEmail_IssuesTheCodeForThatPerson()
    {
        await using var h = await StartAsync();
        var person = await h.Api.People.ListAsync().Skip(3).FirstAsync();
        string email = person.Emails![0];
        using var integration = NewIntegration(h);
        var pkce = PkceChallenge.Create();
        var authorize = integration.GetAuthorizeUrl("st-1", pkce);

        using var request = new HttpRequestMessage(HttpMethod.Get, authorize);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var page = await h.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        string html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<form method=\"post\" action=\"authorize\">", html);
        Assert.Contains($"name=\"code_challenge\" value=\"{pkce.Challenge}\"", html);
        Assert.Contains(WebUtility.HtmlEncode(email), html);
        Assert.DoesNotContain(pkce.Verifier, html, StringComparison.Ordinal);

        // the form as the browser posts it: the hidden fields plus the email
        var fields = HttpUtility.ParseQueryString(authorize.Query);
        var form = fields.AllKeys.ToDictionary(k => k!, k => fields[k]!);
        form["email"] = email;
        using var signedIn = await h.Http.PostAsync("authorize", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.Found, signedIn.StatusCode);
        var location = signedIn.Headers.Location!;
        Assert.Equal(Redirect.GetLeftPart(UriPartial.Path), location.GetLeftPart(UriPartial.Path));
        var back = HttpUtility.ParseQueryString(location.Query);
        Assert.Equal("st-1", back["state"]);
        var tokens = await integration.ExchangeCodeAsync(back["code"]!, pkce.Verifier);
        var info = await integration.GetUserInfoAsync(tokens.AccessToken!);
        Assert.Equal(email, info.Email);
        Assert.Equal(person.DisplayName, info.Name);
        Assert.Equal(person.FirstName, info.GivenName);
        Assert.Equal(person.LastName, info.FamilyName);
        Assert.True(info.EmailVerified);
        Assert.Equal(WebexId.ToUuid(person.PersonId), info.Sub);
    }

    [Fact]
    public async Task SignInPage_UnknownEmail_AnswersThePageAgainWithTheError_AndNoCode()
    {
        await using var h = await StartAsync();
        using var integration = NewIntegration(h);
        var fields = HttpUtility.ParseQueryString(integration.GetAuthorizeUrl("st-2").Query);
        var form = fields.AllKeys.ToDictionary(k => k!, k => fields[k]!);
        form["email"] = "nobody@nowhere.example";

        using var answer = await h.Http.PostAsync("authorize", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Null(answer.Headers.Location);
        string html = await answer.Content.ReadAsStringAsync();
        Assert.Contains("No one in this organisation signs in as &#39;nobody@nowhere.example&#39;.", html);
        Assert.Contains("value=\"nobody@nowhere.example\"", html);
    }

    [Fact]
    public async Task LoginHint_PicksThePersonWithoutThePage_AndNonBrowserClientsStillGetTheAdministrator()
    {
        await using var h = await StartAsync();
        var person = await h.Api.People.ListAsync().Skip(5).FirstAsync();
        using var integration = NewIntegration(h);

        using var hinted = await h.Http.GetAsync(integration.GetAuthorizeUrl("st-3").AbsoluteUri + "&login_hint=" + Uri.EscapeDataString(person.Emails![0]));
        using var plain = await h.Http.GetAsync(integration.GetAuthorizeUrl("st-4"));

        Assert.Equal(HttpStatusCode.Found, hinted.StatusCode);
        Assert.Equal(HttpStatusCode.Found, plain.StatusCode);
        var hintedTokens = await integration.ExchangeCodeAsync(HttpUtility.ParseQueryString(hinted.Headers.Location!.Query)["code"]!);
        var adminTokens = await integration.ExchangeCodeAsync(HttpUtility.ParseQueryString(plain.Headers.Location!.Query)["code"]!);
        Assert.Equal(person.Emails[0], (await integration.GetUserInfoAsync(hintedTokens.AccessToken!)).Email);
        Assert.Equal(WebexId.ToUuid(h.Sim.AdminPersonId), (await integration.GetUserInfoAsync(adminTokens.AccessToken!)).Sub);
    }

    [Fact]
    public async Task Pkce_WrongOrMissingVerifier_IsRefusedWithInvalidGrant()
    {
        await using var h = await StartAsync();
        using var integration = NewIntegration(h);

        async Task<string> CodeAsync(PkceChallenge pkce)
        {
            using var answer = await h.Http.GetAsync(integration.GetAuthorizeUrl("st", pkce));
            return HttpUtility.ParseQueryString(answer.Headers.Location!.Query)["code"]!;
        }

        var pkce = PkceChallenge.Create();
        var wrong = await Assert.ThrowsAsync<WebexApiException>(
            async () => await integration.ExchangeCodeAsync(await CodeAsync(pkce), PkceChallenge.Create().Verifier));
        var missing = await Assert.ThrowsAsync<WebexApiException>(async () => await integration.ExchangeCodeAsync(await CodeAsync(pkce)));
        var right = await integration.ExchangeCodeAsync(await CodeAsync(pkce), pkce.Verifier);

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("code_verifier does not match the code_challenge", wrong.Message);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("code_verifier does not match the code_challenge", missing.Message);
        Assert.False(string.IsNullOrEmpty(right.AccessToken));
    }

    [Fact]
    public async Task UserInfo_WithoutOpenidScope_Is403_WithoutAToken_401()
    {
        await using var h = await StartAsync();
        using var integration = new Integration(ClientId, ClientSecret, "spark:people_read", Redirect,
            new WebexApiOptions { HttpClient = h.SdkClient, BaseUrl = h.BaseUrl });
        using var answer = await h.Http.GetAsync(integration.GetAuthorizeUrl("st"));
        var tokens = await integration.ExchangeCodeAsync(HttpUtility.ParseQueryString(answer.Headers.Location!.Query)["code"]!);

        var forbidden = await Assert.ThrowsAsync<WebexApiException>(() => integration.GetUserInfoAsync(tokens.AccessToken!));
        var unauthorized = await Assert.ThrowsAsync<WebexApiException>(() => integration.GetUserInfoAsync("not-a-token"));

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Contains("openid", forbidden.Message);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
    }

    private static Task<SimHarness> StartAsync() =>
        SimHarness.StartAsync(Transport.Kestrel, seed: sim =>
        {
            sim.Seed.DemoOrg();
            sim.AddIntegration(ClientId, ClientSecret);
        });

    private static Integration NewIntegration(SimHarness h) =>
        new(ClientId, ClientSecret, "openid email profile", Redirect, new WebexApiOptions { HttpClient = h.SdkClient, BaseUrl = h.BaseUrl });
}
