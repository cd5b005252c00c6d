using WebexCalling.Sdk.IntegrationTests.TestSupport;

namespace WebexCalling.Sdk.IntegrationTests;

public class SmokeTests
{
    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task ListLocations_DemoOrg_ReturnsFourWithOneInCalifornia(Transport transport)
    {
        await using var h = await SimHarness.StartAsync(transport, seed: sim => sim.Seed.DemoOrg());

        var locations = await h.Api.Locations.ListAsync().ToListAsync();

        Assert.Equal(4, locations.Count);
        Assert.Equal("San Jose", Assert.Single(locations, l => l.Address?.State == "CA").Name);
    }
}
