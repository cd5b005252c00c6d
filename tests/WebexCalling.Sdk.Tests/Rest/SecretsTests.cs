using System.Net;
using WebexCalling.Sdk.Auth;
using WebexCalling.Sdk.Rest;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Rest;

public class SecretsTests
{
    [Fact]
    public async Task Requests_CarryBearerUserAgentAndTrackingId()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("people/me").RespondJson("""{"id":"P1"}""");

        await h.Api.People.MeAsync();

        var headers = h.Single().Headers;
        Assert.Equal("Bearer " + ApiHarness.Token, headers["Authorization"]);
        Assert.Matches(@"^WebexCalling\.Sdk/\d+\.\d+\.\d+", headers["User-Agent"]);
        Assert.Matches("^WEBEX_CS_SDK_[0-9a-f-]{36}$", headers["TrackingID"]);
    }

    [Fact]
    public async Task TraceLogsAndExceptions_NeverContainTheToken_EvenWhenWebexEchoesIt()
    {
        using var h = new ApiHarness();
        // a misbehaving proxy that echoes the request, token included, on a success and on an error
        h.Mock.OnGet("people/me").RespondJson($$"""{"id":"P1","displayName":"{{ApiHarness.Token}}"}""");
        h.Mock.OnGet("locations/L1").RespondJson(
            $$"""{"message":"bad token {{ApiHarness.Token}}","access_token":"{{ApiHarness.Token}}"}""", HttpStatusCode.BadRequest);
        h.Mock.On(HttpMethod.Put, "locations/L2").Respond(_ => throw new HttpRequestException("proxy said: Bearer " + ApiHarness.Token));

        await h.Api.People.MeAsync();
        var e = await Assert.ThrowsAsync<WebexApiException>(() => h.Api.Locations.DetailsAsync("L1"));
        var call = h.Api.Locations.UpdateAsync("L2", new() { Name = "x" });
        await h.RunAsync(call);
        var dropped = await Assert.ThrowsAsync<WebexApiException>(() => call);

        Assert.DoesNotContain(ApiHarness.Token, dropped.Message);

        Assert.DoesNotContain(ApiHarness.Token, e.Message);
        Assert.DoesNotContain(ApiHarness.Token, e.ToString());
        Assert.Contains("bad token ***", e.Message);
        Assert.Contains(h.Logs.Lines, l => l.Level == Microsoft.Extensions.Logging.LogLevel.Trace); // bodies were logged
        Assert.DoesNotContain(ApiHarness.Token, h.Logs.AllText);
        Assert.DoesNotContain("Authorization", h.Logs.AllText);
    }

    [Fact]
    public void ToString_OfProviderAndOptions_ShowNoToken()
    {
        var provider = new StaticTokenProvider(ApiHarness.Token);
        using var api = new WebexSimpleApi(provider);

        Assert.DoesNotContain(ApiHarness.Token, provider.ToString());
        Assert.DoesNotContain(ApiHarness.Token, api.ToString());
        Assert.DoesNotContain(ApiHarness.Token, api.Session.ToString());
    }

    [Theory]
    [InlineData("""{"access_token":"abc123456789","refresh_token":"def123456789","expires_in":3600}""",
        """{"access_token":"***","refresh_token":"***","expires_in":3600}""")]
    [InlineData("grant_type=refresh_token&client_id=C&client_secret=S3cr3t&refresh_token=R123",
        "grant_type=refresh_token&client_id=C&client_secret=***&refresh_token=***")]
    [InlineData("""{"passcode":"739201"}""", """{"passcode":"***"}""")] // voicemail passcode update
    public void RedactionBody_MasksSecretFields(string input, string expected)
    {
        Assert.Equal(expected, Redaction.Body(input));
    }

    [Fact]
    public async Task Logs_DebugLineNamesMethodPathStatusAndTrackingId()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("locations/L1").RespondJson("""{"id":"L1"}""");

        await h.Api.Locations.DetailsAsync("L1");

        var line = Assert.Single(h.Logs.Lines, l => l.Id.Id == 1001);
        Assert.Matches(@"^GET /v1/locations/L1 → 200 in \d+ ms \(attempt 1, trackingId WEBEX_CS_SDK_", line.Text);
    }
}
