using System.Net;
using Microsoft.Extensions.Time.Testing;
using WebexCalling.Sdk.Auth;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.Testing;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.IntegrationTests.Auth;

/// <summary>The SDK's token classes against the simulator's OAuth endpoints, over real loopback HTTP.</summary>
public sealed class TokenFlowSdkTests : IDisposable
{
    private const string ClientId = "C-token-flow-test";
    private const string ClientSecret = "integration-secret-for-the-flow";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero));
    private readonly string _folder = Directory.CreateTempSubdirectory("wxc-token-flow-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public Task Integration_OAuthFlowCacheAndRefresh_AgainstTheSimulator() => RedirectPort.RunAsync(async port =>
    {
        await using var h = await StartAsync();
        using var integration = NewIntegration(h, port);
        string cache = Path.Combine(_folder, "tokens.yml");

        var tokens = await integration.GetCachedTokensFromYamlAsync(cache);

        Assert.True(File.Exists(cache));
        Assert.Equal(tokens.AccessToken, (await TokenCache.ReadAsync(cache))!.AccessToken);
        using var provider = integration.CreateTokenProvider(tokens, cache);
        using var api = new WebexSimpleApi(provider, new WebexApiOptions { HttpClient = h.SdkClient, BaseUrl = h.BaseUrl, TimeProvider = _clock });
        Assert.Equal(h.Sim.AdminPersonId, (await api.People.MeAsync()).PersonId);

        // two weeks later the access token is about to expire: the provider renews it at the simulator
        _clock.Advance(TimeSpan.FromDays(14) - TimeSpan.FromMinutes(2));
        Assert.Equal(h.Sim.AdminPersonId, (await api.People.MeAsync()).PersonId);

        var renewed = (await TokenCache.ReadAsync(cache))!;
        Assert.NotEqual(tokens.AccessToken, renewed.AccessToken);
        Assert.Equal(provider.Current.AccessToken, renewed.AccessToken);

        // the next script run reads the renewed tokens from the cache without a browser
        integration.OpenBrowser = _ => throw new InvalidOperationException("no browser expected");
        Assert.Equal(renewed.AccessToken, (await integration.GetCachedTokensFromYamlAsync(cache)).AccessToken);
    });

    [Fact]
    public Task Integration_ExpiredAccessToken_RefusedBySimulator_ThenProviderRefreshesOnce() => RedirectPort.RunAsync(async port =>
    {
        await using var h = await StartAsync();
        using var integration = NewIntegration(h, port);
        var tokens = await integration.GetTokensFromOAuthFlowAsync();
        // the provider believes the token lives longer than it does: the simulator's 401 makes it renew
        using var provider = new RefreshingTokenProvider(tokens with { ExpiresAt = _clock.GetUtcNow().AddYears(1) },
            integration.RefreshAsync, new RefreshingTokenProviderOptions { TimeProvider = _clock });
        using var api = new WebexSimpleApi(provider, new WebexApiOptions { HttpClient = h.SdkClient, BaseUrl = h.BaseUrl, TimeProvider = _clock });
        _clock.Advance(TimeSpan.FromDays(15));

        var me = await api.People.MeAsync();

        Assert.Equal(h.Sim.AdminPersonId, me.PersonId);
        Assert.NotEqual(tokens.AccessToken, provider.Current.AccessToken);
    });

    [Fact]
    public Task ServiceApp_RefreshTokenFromAnAdminsAuthorisation_GivesWorkingCachedTokens() => RedirectPort.RunAsync(async port =>
    {
        await using var h = await StartAsync();
        using var integration = NewIntegration(h, port);
        var authorised = await integration.GetTokensFromOAuthFlowAsync(); // stands in for the admin's authorisation
        string cache = Path.Combine(_folder, "service_app.yml");
        using var app = new ServiceApp(ClientId, ClientSecret, authorised.RefreshToken!,
            new WebexApiOptions { HttpClient = h.SdkClient, BaseUrl = h.BaseUrl, TimeProvider = _clock });

        var tokens = await app.GetTokensAsync(cache);
        var again = await app.GetTokensAsync(cache);

        Assert.Equal(tokens.AccessToken, again.AccessToken); // served from the cache, not renewed
        using var api = new WebexSimpleApi(tokens.AccessToken!, new WebexApiOptions { HttpClient = h.SdkClient, BaseUrl = h.BaseUrl });
        Assert.NotEmpty(await api.Locations.ListAsync().ToListAsync());
    });

    private Task<SimHarness> StartAsync() =>
        SimHarness.StartAsync(Transport.Kestrel, new WebexSimulatorOptions { TimeProvider = _clock }, seed: sim =>
        {
            sim.Seed.DemoOrg();
            sim.AddIntegration(ClientId, ClientSecret);
        });

    /// <summary>
    /// An integration whose "browser" follows the authorize redirect and calls the redirect listener, on a port from
    /// <see cref="RedirectPort.RunAsync"/>.
    /// </summary>
    private Integration NewIntegration(SimHarness h, int redirectPort)
    {
        var redirect = new Uri($"http://localhost:{redirectPort}/redirect");
        var integration = new Integration(ClientId, ClientSecret, "spark:people_read spark-admin:locations_read", redirect,
            new WebexApiOptions { HttpClient = h.SdkClient, BaseUrl = h.BaseUrl, TimeProvider = _clock });
        integration.OpenBrowser = url =>
        {
            _ = Task.Run(async () =>
            {
                using var authorize = await h.Http.GetAsync(url);
                Assert.Equal(HttpStatusCode.Found, authorize.StatusCode);
                using var browser = new HttpClient();
                using var page = await browser.GetAsync(authorize.Headers.Location);
                page.EnsureSuccessStatusCode();
            });
            return true;
        };
        return integration;
    }
}
