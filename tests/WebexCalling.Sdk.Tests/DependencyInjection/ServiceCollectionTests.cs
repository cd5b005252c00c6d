using Microsoft.Extensions.DependencyInjection;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.DependencyInjection;

public class ServiceCollectionTests
{
    [Fact]
    public async Task AddWebexSimpleApi_ResolvesASingletonThatSendsThroughTheNamedClient()
    {
        using var mock = new MockHttpMessageHandler();
        mock.OnGet("people/me").RespondJson("""{"id":"P1","displayName":"Ann"}""");
        var services = new ServiceCollection();
        services.AddWebexSimpleApi("di-token", o => o.ConcurrentRequests = 4)
            .ConfigurePrimaryHttpMessageHandler(() => mock);

        await using var provider = services.BuildServiceProvider();
        var api = provider.GetRequiredService<WebexSimpleApi>();
        var me = await api.People.MeAsync();

        Assert.Same(api, provider.GetRequiredService<WebexSimpleApi>());
        Assert.Equal("Ann", me.DisplayName);
    }

    [Fact]
    public void AddWebexSimpleApi_WithoutTokenProvider_ExplainsWhatIsMissing()
    {
        var services = new ServiceCollection();
        services.AddWebexSimpleApi();
        using var provider = services.BuildServiceProvider();

        var e = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<WebexSimpleApi>());

        Assert.Contains("ITokenProvider", e.Message);
    }

    [Fact]
    public async Task AddWebexSimpleApi_UserHandler_SeesEveryRequest()
    {
        using var mock = new MockHttpMessageHandler();
        mock.OnGet("locations/L1").RespondJson("""{"id":"L1"}""");
        var counter = new CountingHandler();
        var services = new ServiceCollection();
        services.AddWebexSimpleApi("di-token").ConfigurePrimaryHttpMessageHandler(() => mock).AddHttpMessageHandler(() => counter);

        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<WebexSimpleApi>().Locations.DetailsAsync("L1");

        Assert.Equal(1, counter.Count);
    }

    private sealed class CountingHandler : DelegatingHandler
    {
        public int Count;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Count);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
