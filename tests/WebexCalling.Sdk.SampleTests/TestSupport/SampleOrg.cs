using WebexCalling.Sdk.Testing;

namespace WebexCalling.Sdk.SampleTests.TestSupport;

/// <summary>
/// A simulated organisation on Kestrel (loopback) for a sample to work on, with the demo organisation seeded, and an
/// administrator's API over the same simulator for the test to arrange and check with.
/// </summary>
public sealed class SampleOrg : IAsyncDisposable
{
    private readonly HttpClient _client;

    private SampleOrg(WebexSimulator simulator, Uri baseUrl)
    {
        Simulator = simulator;
        BaseUrl = baseUrl;
        _client = new HttpClient(simulator.CreateHandler());
        Api = new WebexSimpleApi(simulator.DevToken, new WebexApiOptions { HttpClient = _client, BaseUrl = simulator.BaseUrl });
    }

    /// <summary>The simulator.</summary>
    public WebexSimulator Simulator { get; }

    /// <summary>Its Kestrel base URL, e.g. http://127.0.0.1:41234/v1/.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The administrator's token the sample gets.</summary>
    public string Token => Simulator.DevToken;

    /// <summary>The administrator's API, in-process, for arranging and checking.</summary>
    public WebexSimpleApi Api { get; }

    /// <summary>Starts a simulator with the demo organisation on a free loopback port.</summary>
    /// <param name="seed">More seeding before the sample runs.</param>
    /// <returns>The organisation.</returns>
    public static async Task<SampleOrg> StartAsync(Action<WebexSimulator>? seed = null)
    {
        var simulator = new WebexSimulator();
        simulator.Seed.DemoOrg();
        seed?.Invoke(simulator);
        var baseUrl = await simulator.StartKestrelAsync();
        return new SampleOrg(simulator, baseUrl);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        _client.Dispose();
        await Simulator.DisposeAsync();
    }
}
