using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.Testing;

namespace WebexCalling.Sdk.IntegrationTests.Simulator.Auth;

/// <summary>The simulator's OAuth endpoints (authorize, access_token) over plain HTTP.</summary>
public class AuthTests
{
    private const string ClientId = "C0123456789abcdef";
    private const string ClientSecret = "s3cr3t-of-the-integration";
    private const string RedirectUri = "http://localhost:6001/redirect";

    private static readonly DateTimeOffset Start = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task Authorize_RegisteredClient_RedirectsWithCodeAndState(Transport transport)
    {
        await using var h = await StartOAuthAsync(transport);

        using var response = await h.Http.GetAsync(AuthorizeUrl("st4te-xyz"));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(RedirectUri + "?", location.ToString(), StringComparison.Ordinal);
        var query = ParseQuery(location);
        Assert.False(string.IsNullOrEmpty(query["code"]));
        Assert.Equal("st4te-xyz", query["state"]);
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task Authorize_UnknownClient_Answers400(Transport transport)
    {
        await using var h = await StartOAuthAsync(transport);

        using var response = await h.Http.GetAsync(AuthorizeUrl("s").Replace(ClientId, "nobody", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("invalid_client", body.RootElement.GetProperty("error").GetString());
        Assert.True(body.RootElement.TryGetProperty("trackingId", out _));
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task CodeExchangeAndRefresh_ReturnTokensThatWorkOnPeople(Transport transport)
    {
        await using var h = await StartOAuthAsync(transport);
        string code = await AuthorizeAsync(h);

        using var exchanged = await TokenAsync(h, ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", RedirectUri));
        var tokens = await ReadTokensAsync(exchanged);
        using var refreshed = await TokenAsync(h, ("grant_type", "refresh_token"), ("refresh_token", tokens.Refresh));
        var renewed = await ReadTokensAsync(refreshed);

        Assert.Equal(HttpStatusCode.OK, exchanged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.Equal(14 * 24 * 3600, tokens.ExpiresIn);
        Assert.Equal("Bearer", tokens.Type);
        Assert.Equal("spark:all spark-admin:people_read", tokens.Scope);
        Assert.True(tokens.RefreshExpiresIn > 80 * 24 * 3600);
        Assert.NotEqual(tokens.Access, renewed.Access);
        Assert.Equal(tokens.Refresh, renewed.Refresh);
        foreach (string access in new[] { tokens.Access, renewed.Access })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "people/me");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", access);
            using var me = await h.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
            Assert.Contains(h.Sim.AdminPersonId, await me.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task CodeExchange_ReusedCodeOrWrongSecret_Answers400(Transport transport)
    {
        await using var h = await StartOAuthAsync(transport);
        string code = await AuthorizeAsync(h);
        string code2 = await AuthorizeAsync(h);

        using var first = await TokenAsync(h, ("grant_type", "authorization_code"), ("code", code));
        using var reused = await TokenAsync(h, ("grant_type", "authorization_code"), ("code", code));
        using var wrongSecret = await TokenAsync(h, "wrong-secret", ("grant_type", "authorization_code"), ("code", code2));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongSecret.StatusCode);
        using var body = JsonDocument.Parse(await reused.Content.ReadAsStringAsync());
        Assert.Equal("invalid_grant", body.RootElement.GetProperty("error").GetString());
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("message").GetString()));
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task Refresh_ExpiredRefreshTokenOrExpiredAccessToken_AreRejected(Transport transport)
    {
        var clock = new FakeTimeProvider(Start);
        await using var h = await StartOAuthAsync(transport, clock);
        using var exchanged = await TokenAsync(h, ("grant_type", "authorization_code"), ("code", await AuthorizeAsync(h)));
        var tokens = await ReadTokensAsync(exchanged);

        clock.Advance(TimeSpan.FromDays(15));
        using var request = new HttpRequestMessage(HttpMethod.Get, "people/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.Access);
        using var expiredAccess = await h.Http.SendAsync(request);
        clock.Advance(TimeSpan.FromDays(90));
        using var expiredRefresh = await TokenAsync(h, ("grant_type", "refresh_token"), ("refresh_token", tokens.Refresh));

        Assert.Equal(HttpStatusCode.Unauthorized, expiredAccess.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, expiredRefresh.StatusCode);
        Assert.Contains("expired", await expiredRefresh.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<SimHarness> StartOAuthAsync(Transport transport, TimeProvider? clock = null) =>
        await SimHarness.StartAsync(transport, new WebexSimulatorOptions { TimeProvider = clock ?? TimeProvider.System },
            seed: sim => sim.AddIntegration(ClientId, ClientSecret));

    private static string AuthorizeUrl(string state) =>
        $"authorize?client_id={ClientId}&response_type=code&redirect_uri={Uri.EscapeDataString(RedirectUri)}" +
        $"&scope={Uri.EscapeDataString("spark:all spark-admin:people_read")}&state={state}";

    private static async Task<string> AuthorizeAsync(SimHarness h)
    {
        using var response = await h.Http.GetAsync(AuthorizeUrl("s"));
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        return ParseQuery(response.Headers.Location!)["code"];
    }

    private static Task<HttpResponseMessage> TokenAsync(SimHarness h, params (string Name, string Value)[] fields) =>
        TokenAsync(h, ClientSecret, fields);

    private static Task<HttpResponseMessage> TokenAsync(SimHarness h, string secret, params (string Name, string Value)[] fields)
    {
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new("client_id", ClientId)).Append(new("client_secret", secret));
        return h.Http.PostAsync("access_token", new FormUrlEncodedContent(form));
    }

    private static async Task<(string Access, string Refresh, long ExpiresIn, long RefreshExpiresIn, string Type, string Scope)> ReadTokensAsync(
        HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var r = body.RootElement;
        return (r.GetProperty("access_token").GetString()!, r.GetProperty("refresh_token").GetString()!,
            r.GetProperty("expires_in").GetInt64(), r.GetProperty("refresh_token_expires_in").GetInt64(),
            r.GetProperty("token_type").GetString()!, r.GetProperty("scope").GetString()!);
    }

    private static Dictionary<string, string> ParseQuery(Uri uri) =>
        uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => Uri.UnescapeDataString(p.Length > 1 ? p[1] : ""));
}
