using System.Net;
using WebexCalling.Sdk.IntegrationTests.TestSupport;

namespace WebexCalling.Sdk.IntegrationTests.WorkspaceLocations;

/// <summary>
/// api.WorkspaceLocations against the simulator: the legacy workspace locations are the organisation's locations
/// under another id, and their floors are the locations' floors.
/// </summary>
public class WorkspaceLocationsSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private WebexSimpleApi Api => fixture.H.Api;

    [Fact]
    public async Task List_TheDemoLocations_UnderTheirOwnIds()
    {
        var locations = await Api.Locations.ListAsync().ToListAsync();
        var all = await Api.WorkspaceLocations.ListAsync().ToListAsync();
        var denver = (await Api.WorkspaceLocations.ListAsync(displayName: "Denver").ToListAsync()).Single();
        var details = await Api.WorkspaceLocations.DetailsAsync(denver.Id!);
        var lobby = (await Api.Workspaces.ListAsync(displayName: "Denver Lobby").ToListAsync()).Single();
        var inWorkspaceLocation = await Api.Workspaces.ListAsync(workspaceLocationId: denver.Id).Select(w => w.DisplayName).ToListAsync();

        Assert.Equal(locations.Select(l => l.LocationId), all.Select(w => w.LocationId));
        Assert.Equal(locations.Select(l => l.Name), all.Select(w => w.DisplayName));
        Assert.All(all.Zip(locations), x => Assert.NotEqual(x.Second.LocationId, x.First.Id));
        Assert.Equal(("Denver", "US"), (details.DisplayName, details.CountryCode));
        Assert.Equal(denver.Id, lobby.WorkspaceLocationId);
        Assert.Equal(["Denver Lobby", "Denver Board Room"], inWorkspaceLocation);
    }

    [Fact]
    public async Task CreateUpdateFloorsDelete_ShowInTheLocationsApiToo()
    {
        var created = await Api.WorkspaceLocations.CreateAsync("Barcelona", "Carrer de Pere IV", "ES", 41.406615, 2.200717,
            cityName: "Barcelona", notes: "sea view");
        var asLocation = await Api.Locations.DetailsAsync(created.LocationId!);
        var updated = await Api.WorkspaceLocations.UpdateAsync(created.Id!, created with { DisplayName = "Barcelona Office", Notes = null });
        var floor = await Api.WorkspaceLocations.Floors.CreateAsync(created.Id!, -1, "The basement");
        var floorUpdated = await Api.WorkspaceLocations.Floors.UpdateAsync(created.Id!, floor.Id!, floor with { FloorNumber = 1, DisplayName = null });
        var floors = await Api.WorkspaceLocations.Floors.ListAsync(created.Id!).ToListAsync();
        var locationFloors = await Api.Locations.ListFloorsAsync(created.LocationId!).ToListAsync();
        await Api.WorkspaceLocations.Floors.DeleteAsync(created.Id!, floor.Id!);
        var floorGone = await Assert.ThrowsAsync<WebexApiException>(() => Api.WorkspaceLocations.Floors.DetailsAsync(created.Id!, floor.Id!));
        await Api.WorkspaceLocations.DeleteAsync(created.Id!);
        var gone = await Assert.ThrowsAsync<WebexApiException>(() => Api.WorkspaceLocations.DetailsAsync(created.Id!));
        var locationGone = await Assert.ThrowsAsync<WebexApiException>(() => Api.Locations.DetailsAsync(created.LocationId!));

        Assert.Equal(("Barcelona", "Carrer de Pere IV", "ES", "Barcelona"), (created.DisplayName, created.Address, created.CountryCode, created.CityName));
        Assert.Equal((41.406615, 2.200717), (created.Latitude, created.Longitude));
        Assert.Equal(("Barcelona", "Carrer de Pere IV", "sea view"), (asLocation.Name, asLocation.Address!.Address1, asLocation.Notes));
        Assert.Equal(("Barcelona Office", null), (updated.DisplayName, updated.Notes));
        Assert.Equal((-1, "The basement", created.Id), (floor.FloorNumber, floor.DisplayName, floor.LocationId));
        Assert.Equal((1, null), (floorUpdated.FloorNumber, floorUpdated.DisplayName));
        Assert.Equal([floor.Id], floors.Select(f => f.Id));
        Assert.Equal([floor.Id], locationFloors.Select(f => f.Id));
        Assert.Equal(HttpStatusCode.NotFound, floorGone.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, locationGone.StatusCode);
    }

    [Fact]
    public async Task Delete_ALocationWithPeople_IsAConflict_AndADuplicateNameToo()
    {
        var austin = (await Api.WorkspaceLocations.ListAsync(displayName: "Austin").ToListAsync()).Single();

        var busy = await Assert.ThrowsAsync<WebexApiException>(() => Api.WorkspaceLocations.DeleteAsync(austin.Id!));
        var duplicate = await Assert.ThrowsAsync<WebexApiException>(() => Api.WorkspaceLocations.CreateAsync("Austin", "1 Main St", "US", 30.2, -97.7));
        var still = await Api.WorkspaceLocations.DetailsAsync(austin.Id!);

        Assert.Equal(HttpStatusCode.Conflict, busy.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal("Austin", still.DisplayName);
    }
}
