using System.Text.Json.Nodes;

namespace WebexCalling.Sdk.IntegrationTests.TestSupport;

/// <summary>
/// One in-process simulator with the demo organisation, shared by the tests of a class (starting a simulator per
/// data row would make the run slow). Tests that change state use people or records no other test of the class uses.
/// </summary>
public sealed class DemoSimFixture : IAsyncLifetime
{
    private SimHarness? _harness;

    public SimHarness H => _harness ?? throw new InvalidOperationException("Not started.");

    /// <summary>The demo calling users (32), in list order.</summary>
    public IReadOnlyList<JsonObject> Users { get; private set; } = [];

    public string UserId(int index) => Users[index % Users.Count]["id"]!.GetValue<string>();

    public async Task InitializeAsync()
    {
        _harness = await SimHarness.StartAsync(Transport.InProcess, seed: sim => sim.Seed.DemoOrg());
        Users = await _harness.CallingUsersAsync();
    }

    public async Task DisposeAsync()
    {
        if (_harness is not null) await _harness.DisposeAsync();
    }
}
