using System.Net;
using System.Text;
using System.Text.Json;
using WebexCalling.Sdk.Auth;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Rest;
using WebexCalling.Sdk.Tests.Auth;
using WebexCalling.Sdk.Tests.TestSupport;
using WebexCalling.Sdk.Webhooks;

namespace WebexCalling.Sdk.Tests.Rest;

/// <summary>
/// Secrets the SDK sends (access codes, a webhook secret, a voicemail passcode, the client secret and refresh token)
/// must not come back out of it when a server (a proxy, an error page) echoes the request in its error text.
/// </summary>
public class SecretEchoTests
{
    private const string AccessCode = "AC-7382619";
    private const string Passcode = "73920184";
    private const string WebhookSecret = "WEBHOOK-SECRET-1f2e3d4c5b6a";
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS9QMQ";

    private static readonly string[] Secrets =
        [AccessCode, Passcode, WebhookSecret, AuthFixtures.ClientSecret, AuthFixtures.RefreshToken, ApiHarness.Token];

    public enum Echo
    {
        /// <summary>A Webex-shaped JSON error whose message and description hold the request body, JSON-escaped (\u0026, \u0022).</summary>
        JsonEscaped,
        /// <summary>A JSON error whose message holds the body with backslash escapes (\" rather than \u0022).</summary>
        JsonBackslashed,
        /// <summary>A plain-text error page with the body as it was sent.</summary>
        Raw,
        /// <summary>An HTML page quoting the body JSON-escaped, so the answer as a whole is not JSON.</summary>
        EscapedInHtml,
    }

    [Theory]
    [InlineData(Echo.JsonEscaped)]
    [InlineData(Echo.JsonBackslashed)]
    [InlineData(Echo.Raw)]
    [InlineData(Echo.EscapedInHtml)]
    public async Task EchoedSecrets_AppearInNoLogExceptionOrToString(Echo echo)
    {
        using var h = new ApiHarness();
        h.Mock.Fallback.Respond(request => EchoAsync(request, echo, HttpStatusCode.BadRequest));
        var failures = new List<Exception>();
        async Task Expect<T>(Func<Task> call) where T : Exception => failures.Add(await Assert.ThrowsAsync<T>(call));

        await Expect<WebexApiException>(() => h.Api.PersonSettings.PermissionsOut.AccessCodes.CreateAsync(PersonId, AccessCode, "front desk"));
        await Expect<WebexApiException>(() => h.Api.PersonSettings.PermissionsOut.AccessCodes.ModifyAsync(PersonId, deleteCodes: [AccessCode]));
        await Expect<WebexApiException>(() => h.Api.Webhooks.CreateAsync("w", "https://example.com/hook", WebhookResource.TelephonyCalls,
            WebhookEventType.Created, secret: WebhookSecret));
        await Expect<WebexApiException>(() => h.Api.PersonSettings.Voicemail.ModifyPasscodeAsync(PersonId, Passcode));
        // an access code in a query (a list filter): logged paths and the exception's message mask it too
        await Expect<WebexApiException>(() => h.Api.Telephony.OrganisationAccessCodes.ListAsync(code: ["4711", AccessCode]).ToListAsync().AsTask());
        using var app = new ServiceApp("SA1", AuthFixtures.ClientSecret, AuthFixtures.RefreshToken, h.Options);
        // 400: Webex refused the refresh token
        await Expect<TokenRefreshException>(() => app.RefreshAsync());
        h.Mock.Fallback.Respond(request => EchoAsync(request, echo, HttpStatusCode.InternalServerError));
        await Expect<WebexApiException>(() => app.RefreshAsync());

        Assert.Contains(h.Logs.Lines, l => l.Level == Microsoft.Extensions.Logging.LogLevel.Trace); // bodies were logged
        Assert.Equal(7, h.Requests.Count); // nothing retried
        AssertNoSecret(h.Logs.AllText);
        Assert.Contains(h.Requests, r => r.Uri.Query.Contains(AccessCode, StringComparison.Ordinal)); // it was sent
        foreach (var e in failures)
        {
            AssertNoSecret(e.Message);
            AssertNoSecret(e.ToString());
            if (e is WebexApiException api) AssertNoSecret(api.WebexMessage);
            if (e.InnerException is WebexApiException inner) AssertNoSecret(inner.WebexMessage);
        }
        AssertNoSecret(app.ToString());
    }

    [Fact]
    public void Models_CarryingSecrets_DoNotPrintThem()
    {
        AssertNoSecret(new AuthCode { Code = AccessCode, Description = "front desk" }.ToString());
        AssertNoSecret(new AuthCodes { AccessCodes = [new AuthCode { Code = AccessCode }] }.ToString());
        AssertNoSecret(new VoicemailPasscode { Passcode = Passcode }.ToString());
        AssertNoSecret(new AccessCodesModifyRequest { DeleteCodes = [AccessCode] }.ToString());
        AssertNoSecret(new Webhook { Secret = WebhookSecret }.ToString());
        AssertNoSecret(new Tokens { AccessToken = ApiHarness.Token, RefreshToken = AuthFixtures.RefreshToken }.ToString());
        Assert.Contains("front desk", new AuthCode { Code = AccessCode, Description = "front desk" }.ToString());
    }

    [Fact]
    public async Task WebexErrorCodeAndDescription_StillShow_InTheExceptionAndTheLog()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, $"telephony/config/people/{PersonId}/outgoingPermission/accessCodes").RespondJson(
            """{"message":"Access code is already in use.","errors":[{"description":"Access code is already in use.","errorCode":25008}],"trackingId":"ROUTER_1"}""",
            HttpStatusCode.BadRequest);
        h.Mock.On(HttpMethod.Put, $"telephony/config/people/{PersonId}/voicemail/passcode").RespondJson(
            """{"error":{"key":"400","message":[{"description":"Passcode too short.","code":"4203","location":null}]},"trackingId":"ROUTER_2"}""",
            HttpStatusCode.BadRequest);

        var first = await Assert.ThrowsAsync<WebexApiException>(
            () => h.Api.PersonSettings.PermissionsOut.AccessCodes.CreateAsync(PersonId, AccessCode, null));
        var second = await Assert.ThrowsAsync<WebexApiException>(
            () => h.Api.PersonSettings.Voicemail.ModifyPasscodeAsync(PersonId, Passcode));

        Assert.Equal(25008, first.ErrorCode);
        Assert.Contains("Access code is already in use. (error 25008)", first.Message);
        Assert.Equal(4203, second.ErrorCode);
        Assert.Contains("Passcode too short. (error 4203)", second.Message);
        Assert.Contains("\"code\":\"4203\"", h.Logs.AllText);
        Assert.Contains("\"errorCode\":25008", h.Logs.AllText);
        AssertNoSecret(h.Logs.AllText);
    }

    [Theory]
    // JSON: the SDK's own bodies, nested and escaped ones
    [InlineData("""{"code":"1234","description":"lobby"}""", """{"code":"***","description":"lobby"}""")]
    [InlineData("""{"accessCodes":[{"code":"1234"}],"deleteCodes":["5678"]}""", """{"accessCodes":[{"code":"***"}],"deleteCodes":["***"]}""")]
    [InlineData("""{"secret":"s3cr3t-value","name":"w"}""", """{"secret":"***","name":"w"}""")]
    [InlineData("""{"sipPassword":"Test4Password123&","defaultVoicemailPin":"9876"}""", """{"sipPassword":"***","defaultVoicemailPin":"***"}""")]
    [InlineData("""{"message":"bad form grant_type=x\u0026client_secret=S3CR3T\u0026refresh_token=R3FR35H"}""",
        """{"message":"bad form grant_type=x&client_secret=***&refresh_token=***"}""")]
    [InlineData("""{"message":"echo {\"refresh_token\":\"R3FR35H\",\"passcode\":1234}"}""",
        """{"message":"echo {\"refresh_token\":\"***\",\"passcode\":***}"}""")]
    [InlineData("""{"message":"{\u0022clientSecret\u0022:\u0022S3CR3T\u0022}"}""", """{"message":"{\"clientSecret\":\"***\"}"}""")]
    // error entries keep their codes, numeric codes stay
    [InlineData("""{"errors":[{"description":"x","code":"BATCH-1"}],"responseStatus":{"code":25013}}""", null)]
    // not JSON as a whole: forms, pages, escaped text
    [InlineData("grant_type=authorization_code&code=AUTHCODE1&client_secret=S", "grant_type=authorization_code&code=***&client_secret=***")]
    [InlineData("""<pre>grant_type=x\u0026client_secret=S3CR3T\u0026refresh_token=R</pre>""", """<pre>grant_type=x\u0026client_secret=***\u0026refresh_token=***</pre>""")]
    [InlineData("""<pre>{\"refresh_token\":\"R3FR35H\", \\\"code\\\": \\\"1234\\\"}</pre>""", """<pre>{\"refresh_token\":"***", \\\"code\\\": "***"}</pre>""")]
    [InlineData("""truncated {"password": "hunter2", "passcode": 123456, "code": 25008""", """truncated {"password": "***", "passcode": ***, "code": 25008""")]
    [InlineData("""client_secret%3DS3CR3T%26x%3D1""", """client_secret%3D***""")]
    public void Body_MasksSecretsHoweverTheyAreWritten(string input, string? expected)
    {
        Assert.Equal(expected ?? input, Redaction.Body(input));
    }

    [Theory]
    [InlineData("https://webexapis.com/v1/telephony/config/accessCodes?code=1234,5678&max=10", "/v1/telephony/config/accessCodes?code=***&max=10")]
    [InlineData("https://webexapis.com/v1/x?sipPassword=p%40ss&name=a&client_secret=S", "/v1/x?sipPassword=***&name=a&client_secret=***")]
    [InlineData("https://webexapis.com/v1/people?email=a%40b.com&max=2", "/v1/people?email=a%40b.com&max=2")]
    [InlineData("https://webexapis.com/v1/people/P1", "/v1/people/P1")]
    public void PathAndQuery_MasksSecretQueryValues(string url, string expected) =>
        Assert.Equal(expected, Redaction.PathAndQuery(new Uri(url)));

    private static void AssertNoSecret(string? text)
    {
        if (text is null) return;
        foreach (string secret in Secrets) Assert.DoesNotContain(secret, text);
        // the form-encoded client secret or refresh token would be the same text: they hold only [A-Z0-9-]
    }

    private static async Task<HttpResponseMessage> EchoAsync(HttpRequestMessage request, Echo echo, HttpStatusCode status)
    {
        string body = request.Content is null ? "" : await request.Content.ReadAsStringAsync();
        string text = $"{request.Method} {request.RequestUri!.AbsolutePath} rejected: {body}";
        // the default encoder escapes " and & as \u0022 and \u0026
        string escaped = JsonSerializer.Serialize(text);
        (string content, string type) = echo switch
        {
            Echo.JsonEscaped => ($$"""{"message":{{escaped}},"errors":[{"description":{{escaped}}}],"trackingId":"T1"}""", "application/json"),
            Echo.JsonBackslashed => ($$"""{"message":"{{text.Replace("\\", "\\\\").Replace("\"", "\\\"")}}","trackingId":"T1"}""", "application/json"),
            Echo.Raw => (text, "text/plain"),
            _ => ($"<html><body><pre>{escaped}</pre></body></html>", "text/html"),
        };
        return new HttpResponseMessage(status) { Content = new StringContent(content, Encoding.UTF8, type) };
    }
}
