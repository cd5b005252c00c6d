using WebexCalling.Sdk.Testing;

namespace WebexCalling.Sdk.IntegrationTests.TestSupport;

/// <summary>How the SDK reaches the simulator: through the in-process handler or over loopback TCP to Kestrel.</summary>
public enum Transport
{
    InProcess,
    Kestrel,
}

/// <summary>
/// A simulator plus an SDK client and a plain HttpClient pointed at it, over the chosen transport. The SDK uses the
/// simulator's dev token unless another token is given.
/// </summary>
public sealed class SimHarness : IAsyncDisposable
{
    private SimHarness(WebexSimulator sim, Uri baseUrl, HttpClient sdkClient, HttpClient http, WebexSimpleApi api)
    {
        Sim = sim;
        BaseUrl = baseUrl;
        SdkClient = sdkClient;
        Http = http;
        Api = api;
    }

    public static TheoryData<Transport> Transports => new(Transport.InProcess, Transport.Kestrel);

    public WebexSimulator Sim { get; }

    public Uri BaseUrl { get; }

    public HttpClient SdkClient { get; }

    /// <summary>A plain client (no auth header, no redirects followed) with <see cref="BaseUrl"/> as base address.</summary>
    public HttpClient Http { get; }

    public WebexSimpleApi Api { get; }

    public static async Task<SimHarness> StartAsync(Transport transport, WebexSimulatorOptions? options = null,
        Action<WebexSimulator>? seed = null, Action<WebexApiOptions>? configure = null, string? token = null)
    {
        var sim = new WebexSimulator(options);
        seed?.Invoke(sim);
        Uri baseUrl;
        HttpClient sdkClient;
        HttpClient http;
        if (transport == Transport.InProcess)
        {
            baseUrl = sim.BaseUrl;
            sdkClient = new HttpClient(sim.CreateHandler());
            http = new HttpClient(sim.CreateHandler()) { BaseAddress = baseUrl };
        }
        else
        {
            baseUrl = await sim.StartKestrelAsync("http://127.0.0.1:0");
            sdkClient = new HttpClient();
            http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = baseUrl };
        }
        var apiOptions = new WebexApiOptions { HttpClient = sdkClient, BaseUrl = baseUrl };
        configure?.Invoke(apiOptions);
        var api = new WebexSimpleApi(token ?? sim.DevToken, apiOptions);
        return new SimHarness(sim, baseUrl, sdkClient, http, api);
    }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        SdkClient.Dispose();
        Http.Dispose();
        await Sim.DisposeAsync();
    }
}
