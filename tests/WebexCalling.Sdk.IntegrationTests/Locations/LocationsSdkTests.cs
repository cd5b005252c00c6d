using System.Net;
using WebexCalling.Sdk.IntegrationTests.TestSupport;

namespace WebexCalling.Sdk.IntegrationTests.Locations;

public class LocationsSdkTests
{
    private static Task<SimHarness> DemoAsync(Transport transport) =>
        SimHarness.StartAsync(transport, seed: sim => sim.Seed.DemoOrg());

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task ListAsync_DemoOrg_ReturnsFourWithOnlySanJoseInCalifornia(Transport transport)
    {
        await using var h = await DemoAsync(transport);

        var locations = await h.Api.Locations.ListAsync().ToListAsync();

        Assert.Equal(["San Jose", "Denver", "Austin", "New York"], locations.Select(l => l.Name));
        var sanJose = Assert.Single(locations, l => l.Address?.State == "CA");
        Assert.Equal("San Jose", sanJose.Name);
        Assert.Equal("America/Los_Angeles", sanJose.TimeZone);
        Assert.Equal("95134", sanJose.Address?.PostalCode);
        Assert.Equal(h.Sim.OrgId, sanJose.OrgId);
        Assert.NotNull(sanJose.LocationIdUuid);
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task ListAsync_NameAndIdFilters_ReturnOnlyMatches(Transport transport)
    {
        await using var h = await DemoAsync(transport);
        var all = await h.Api.Locations.ListAsync().ToListAsync();

        var byName = await h.Api.Locations.ListAsync(name: "EN").ToListAsync();   // contains, case-insensitive
        var byId = await h.Api.Locations.ListAsync(locationId: all[2].LocationId).ToListAsync();
        var byOrg = await h.Api.Locations.ListAsync(orgId: h.Sim.OrgId).ToListAsync();

        Assert.Equal(["Denver"], byName.Select(l => l.Name));
        Assert.Equal("Austin", Assert.Single(byId).Name);
        Assert.Equal(4, byOrg.Count);
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task ByNameAsync_ExactName_FindsItAndNullOtherwise(Transport transport)
    {
        await using var h = await DemoAsync(transport);

        var austin = await h.Api.Locations.ByNameAsync("Austin");
        var none = await h.Api.Locations.ByNameAsync("Aust");

        Assert.Equal("TX", austin?.Address?.State);
        Assert.Null(none);
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task CreateAsync_ThenDetails_ReturnsWhatWasSent(Transport transport)
    {
        await using var h = await DemoAsync(transport);

        string id = await h.Api.Locations.CreateAsync("Chicago", "America/Chicago", "en_us", "en_us", "233 S Wacker Dr",
            "Chicago", "IL", "60606", "US", address2: "Floor 12", latitude: 41.8789, longitude: -87.6359, notes: "Willis Tower");
        var details = await h.Api.Locations.DetailsAsync(id);

        Assert.Equal(id, details.LocationId);
        Assert.Equal("Chicago", details.Name);
        Assert.Equal("America/Chicago", details.TimeZone);
        Assert.Equal("Floor 12", details.Address?.Address2);
        Assert.Equal("IL", details.Address?.State);
        Assert.Equal(41.8789, details.Latitude);
        Assert.Equal(-87.6359, details.Longitude);
        Assert.Equal("Willis Tower", details.Notes);
        Assert.Equal(5, await h.Api.Locations.ListAsync().CountAsync());
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task CreateAsync_DuplicateName_Throws409(Transport transport)
    {
        await using var h = await DemoAsync(transport);

        var e = await Assert.ThrowsAsync<WebexApiException>(() => h.Api.Locations.CreateAsync("Denver", "America/Denver",
            "en_us", "en_us", "1 Main St", "Denver", "CO", "80202", "US"));

        Assert.Equal(HttpStatusCode.Conflict, e.StatusCode);
        Assert.Contains("already exists", e.WebexMessage, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task UpdateAsync_ChangedDetails_DetailsShowTheChange(Transport transport)
    {
        await using var h = await DemoAsync(transport);
        var denver = (await h.Api.Locations.ByNameAsync("Denver"))!;

        await h.Api.Locations.UpdateAsync(denver.LocationId!, denver with
        {
            Name = "Denver HQ",
            Address = denver.Address! with { Address2 = "Suite 300", PostalCode = "80203" },
        });
        var after = await h.Api.Locations.DetailsAsync(denver.LocationId!);

        Assert.Equal("Denver HQ", after.Name);
        Assert.Equal("Suite 300", after.Address?.Address2);
        Assert.Equal("80203", after.Address?.PostalCode);
        Assert.Equal("1601 Wewatta Street", after.Address?.Address1);
        Assert.Equal("America/Denver", after.TimeZone);
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task DeleteAsync_EmptyLocation_IsGoneAfterwards(Transport transport)
    {
        await using var h = await DemoAsync(transport);
        string id = await h.Api.Locations.CreateAsync("Temp", "America/Chicago", "en_us", "en_us", "1 Main St", "Dallas",
            "TX", "75201", "US");

        await h.Api.Locations.DeleteAsync(id);

        var e = await Assert.ThrowsAsync<WebexApiException>(() => h.Api.Locations.DetailsAsync(id));
        Assert.Equal(HttpStatusCode.NotFound, e.StatusCode);
        Assert.Equal(4, await h.Api.Locations.ListAsync().CountAsync());
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task DeleteAsync_LocationWithPeople_Throws409AndKeepsIt(Transport transport)
    {
        await using var h = await DemoAsync(transport);
        var austin = (await h.Api.Locations.ByNameAsync("Austin"))!;

        var e = await Assert.ThrowsAsync<WebexApiException>(() => h.Api.Locations.DeleteAsync(austin.LocationId!));

        Assert.Equal(HttpStatusCode.Conflict, e.StatusCode);
        Assert.Equal("Austin", (await h.Api.Locations.DetailsAsync(austin.LocationId!)).Name);
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task DetailsAsync_UnknownId_ThrowsNotFoundWithWebexMessageAndTrackingId(Transport transport)
    {
        await using var h = await DemoAsync(transport);
        string unknown = Convert.ToBase64String("ciscospark://us/LOCATION/00000000-0000-4000-8000-000000000000"u8.ToArray()).TrimEnd('=');

        var e = await Assert.ThrowsAsync<WebexApiException>(() => h.Api.Locations.DetailsAsync(unknown));

        Assert.Equal(HttpStatusCode.NotFound, e.StatusCode);
        Assert.Equal("Location not found.", e.WebexMessage);
        Assert.False(string.IsNullOrEmpty(e.TrackingId));
        Assert.Contains(e.TrackingId!, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task DetailsAsync_MalformedId_ThrowsBadRequest(Transport transport)
    {
        await using var h = await DemoAsync(transport);

        var e = await Assert.ThrowsAsync<WebexApiException>(() => h.Api.Locations.DetailsAsync("not-an-id"));

        Assert.Equal(HttpStatusCode.BadRequest, e.StatusCode);
        Assert.Contains("Invalid location id", e.WebexMessage, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task Floors_CreateListDetailsUpdateDelete_RoundTrip(Transport transport)
    {
        await using var h = await DemoAsync(transport);
        string locationId = (await h.Api.Locations.ByNameAsync("New York"))!.LocationId!;

        var basement = await h.Api.Locations.CreateFloorAsync(locationId, -1, "The basement");
        var first = await h.Api.Locations.CreateFloorAsync(locationId, 1);
        var listed = await h.Api.Locations.ListFloorsAsync(locationId).ToListAsync();
        var details = await h.Api.Locations.FloorDetailsAsync(locationId, basement.Id!);
        var updated = await h.Api.Locations.UpdateFloorAsync(details with { FloorNumber = -2, DisplayName = "Deep basement" });
        await h.Api.Locations.DeleteFloorAsync(locationId, first.Id!);
        var remaining = await h.Api.Locations.ListFloorsAsync(locationId).ToListAsync();

        Assert.Equal(locationId, basement.LocationId);
        Assert.Equal([-1, 1], listed.Select(f => f.FloorNumber ?? 0));
        Assert.Equal("The basement", details.DisplayName);
        Assert.Equal(-2, updated.FloorNumber);
        var left = Assert.Single(remaining);
        Assert.Equal(basement.Id, left.Id);
        Assert.Equal("Deep basement", left.DisplayName);
        var e = await Assert.ThrowsAsync<WebexApiException>(() => h.Api.Locations.FloorDetailsAsync(locationId, first.Id!));
        Assert.Equal(HttpStatusCode.NotFound, e.StatusCode);
    }
}
