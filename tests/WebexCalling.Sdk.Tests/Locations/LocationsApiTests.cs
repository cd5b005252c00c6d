using System.Net;
using System.Text.Json;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Locations;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Locations;

public class LocationsApiTests
{
    private const string LocationId = "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OL2M5N2VlMDQ5LTM1OWItNGM3OC04NDU0LTA1OGMyZWRlMjU2Mw";
    private const string FloorId = "Y2lzY29zcGFyazovL3VybjpURUFNOnVzLWVhc3QtMl9hL1dPUktTUEFDRV9MT0NBVElPTl9GTE9PUi83NDhkZDNmMS1iYmE5LTQxMDItODk5NC00M2IyOTM2MzNlNjY";

    [Fact]
    public async Task ListAsync_WithFilters_SendsQueryAndParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("locations?name=Den&id=L9&orgId=O1").RespondJson(ApiHarness.Sample("locations_list"));

        var locations = await h.Api.Locations.ListAsync(name: "Den", locationId: "L9", orgId: "O1").ToListAsync();

        var denver = Assert.Single(locations);
        Assert.Equal(LocationId, denver.LocationId);
        Assert.Equal("Denver", denver.Name);
        Assert.Equal("America/Chicago", denver.TimeZone);
        Assert.Equal("en_us", denver.PreferredLanguage);
        Assert.Equal("Suite 456", denver.Address!.Address2);
        Assert.Equal("Goodstate", denver.Address.State);
        Assert.Equal("12345", denver.Address.PostalCode);
        Assert.Equal(12.935784, denver.Latitude); // a string on the wire
        Assert.Equal(77.697332, denver.Longitude);
        Assert.Equal("Suite 456 Denver location", denver.Notes);
        Assert.Equal("c97ee049-359b-4c78-8454-058c2ede2563", denver.LocationIdUuid);
    }

    [Fact]
    public async Task ListAsync_NoFilters_SendsNoQuery()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("locations").RespondJson("""{"items":[]}""");

        await h.Api.Locations.ListAsync().ToListAsync();

        Assert.Equal("/v1/locations", h.Single().PathAndQuery);
    }

    [Fact]
    public async Task DetailsAsync_WithOrgId_SendsOrgIdAndParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"locations/{LocationId}?orgId=O1").RespondJson(ApiHarness.Sample("location_details"));

        var location = await h.Api.Locations.DetailsAsync(LocationId, orgId: "O1");

        Assert.Equal("Denver", location.Name);
        Assert.Equal("San Jose", location.Address!.City);
        Assert.Equal("CA", location.Address.State);
        Assert.Equal("US", location.Address.Country);
        Assert.Null(location.Address.Address2);
        Assert.Equal("Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi9hNDVkNmNkYS1hZTVhLTQwYzMtYTdhZC01NjUwZmRkZGQ1M2M", location.OrgId);
    }

    [Fact]
    public async Task ByNameAsync_ReturnsTheExactMatchOnly()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("locations?name=HQ").RespondJson("""{"items":[{"id":"1","name":"HQ East"},{"id":"2","name":"HQ"}]}""");

        var hq = await h.Api.Locations.ByNameAsync("HQ");

        Assert.Equal("2", hq!.LocationId);
    }

    [Fact]
    public async Task CreateAsync_SendsTheDocumentedBodyAndReturnsTheNewId()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "locations?orgId=O1").RespondJson(ApiHarness.Sample("location_create"), HttpStatusCode.Created);

        string id = await h.Api.Locations.CreateAsync("Denver", "America/Chicago", "en_us", "fr_fr", "123 Some St.",
            "Supercity", "Goodstate", "12345", "US", address2: "Suite 456", latitude: 12.935784, longitude: 77.697332,
            notes: "123 Some St. Denver location", orgId: "O1");

        Assert.Equal("Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzljYTNhZmQ3LTE5MjYtNGQ0ZS05ZDA3LTk5ZDJjMGU4OGFhMA", id);
        JsonAssert.Equal("""
            {"name":"Denver","timeZone":"America/Chicago","preferredLanguage":"en_us","announcementLanguage":"fr_fr",
             "address":{"address1":"123 Some St.","address2":"Suite 456","city":"Supercity","state":"Goodstate",
                        "postalCode":"12345","country":"US"},
             "latitude":"12.935784","longitude":"77.697332","notes":"123 Some St. Denver location"}
            """, h.Single().Body);
        Assert.Equal("application/json; charset=utf-8", h.Single().Headers["Content-Type"]);
    }

    [Fact]
    public async Task CreateAsync_MissingRequiredArgument_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        var e = await Assert.ThrowsAsync<ArgumentException>(() =>
            h.Api.Locations.CreateAsync("Denver", "America/Chicago", "en_us", "en_us", "1 Main St", "", "CO", "80202", "US"));

        Assert.Equal("city", e.ParamName);
        Assert.Empty(h.Requests);
    }

    [Fact]
    public async Task UpdateAsync_SendsSettingsWithoutServerOwnedIds()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"locations/{LocationId}").Respond(HttpStatusCode.NoContent);
        var location = JsonSerializer.Deserialize(ApiHarness.Sample("location_details"), Sdk.Common.WebexJson.Default.Location)!;

        await h.Api.Locations.UpdateAsync(LocationId, location with { Name = "Denver HQ" });

        JsonAssert.Equal("""
            {"name":"Denver HQ","address":{"address1":"123 Some St.","address2":null,"city":"San Jose","state":"CA",
             "postalCode":"95134","country":"US"},"timeZone":"America/Chicago",
             "latitude":"12.935784","longitude":"77.697332","notes":"123 Some St. Denver location"}
            """, h.Single().Body);
    }

    [Fact]
    public async Task DeleteAsync_SendsDeleteWithOrgId()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Delete, $"locations/{LocationId}?orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.Locations.DeleteAsync(LocationId, orgId: "O1");

        Assert.Equal(HttpMethod.Delete, h.Single().Method);
        Assert.Null(h.Single().Body);
    }

    [Fact]
    public async Task ListFloorsAsync_ParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"locations/{LocationId}/floors").RespondJson(ApiHarness.Sample("floors_list"));

        var floors = await h.Api.Locations.ListFloorsAsync(LocationId).ToListAsync();

        var basement = Assert.Single(floors);
        Assert.Equal(-1, basement.FloorNumber);
        Assert.Equal("The basement", basement.DisplayName);
        Assert.Equal(FloorId, basement.Id);
        Assert.Equal("Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OL2E4NjczZDIwLWM0M2EtNDQ5Ni1iYWIxLTNiMjhhZGJjMjViYQ", basement.LocationId);
    }

    [Fact]
    public async Task CreateFloorAsync_SendsNumberAndNameAndParsesTheAnswer()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, $"locations/{LocationId}/floors").RespondJson(ApiHarness.Sample("floor_create"), HttpStatusCode.Created);

        var floor = await h.Api.Locations.CreateFloorAsync(LocationId, -1, "The basement");

        JsonAssert.Equal("""{"floorNumber":-1,"displayName":"The basement"}""", h.Single().Body);
        Assert.Equal(FloorId, floor.Id);
    }

    [Fact]
    public async Task CreateFloorAsync_WithoutName_SendsNumberOnly()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, $"locations/{LocationId}/floors").RespondJson(ApiHarness.Sample("floor_create"));

        await h.Api.Locations.CreateFloorAsync(LocationId, 3);

        JsonAssert.Equal("""{"floorNumber":3}""", h.Single().Body);
    }

    [Fact]
    public async Task FloorDetailsAsync_ParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"locations/{LocationId}/floors/{FloorId}").RespondJson(ApiHarness.Sample("floor_details"));

        var floor = await h.Api.Locations.FloorDetailsAsync(LocationId, FloorId);

        Assert.Equal(-1, floor.FloorNumber);
        Assert.Equal("The basement", floor.DisplayName);
    }

    [Fact]
    public async Task UpdateFloorAsync_PutsToTheFloorsPathWithoutIdsInTheBody()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"locations/L1/floors/F1").RespondJson(ApiHarness.Sample("floor_update"));

        var updated = await h.Api.Locations.UpdateFloorAsync(new Floor { Id = "F1", LocationId = "L1", FloorNumber = 1, DisplayName = "My custom name" });

        JsonAssert.Equal("""{"floorNumber":1,"displayName":"My custom name"}""", h.Single().Body);
        Assert.Equal("My custom name", updated.DisplayName);
        Assert.Equal(1, updated.FloorNumber);
    }

    [Fact]
    public async Task UpdateFloorAsync_FloorWithoutLocationId_ThrowsNamingIt()
    {
        using var h = new ApiHarness();

        var e = await Assert.ThrowsAnyAsync<ArgumentException>(() => h.Api.Locations.UpdateFloorAsync(new Floor { Id = "F1" }));

        Assert.Equal("floor.LocationId", e.ParamName);
        Assert.Empty(h.Requests);
    }

    [Fact]
    public async Task DeleteFloorAsync_SendsDelete()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Delete, "locations/L1/floors/F1").Respond(HttpStatusCode.NoContent);

        await h.Api.Locations.DeleteFloorAsync("L1", "F1");

        Assert.Equal("/v1/locations/L1/floors/F1", h.Single().PathAndQuery);
    }

    [Fact]
    public async Task DetailsAsync_IdWithReservedCharacters_IsEscapedAsOneSegment()
    {
        using var h = new ApiHarness();
        h.Mock.When("*").Respond("application/json", """{"id":"a/b?c"}""");

        await h.Api.Locations.DetailsAsync("a/b?c");

        Assert.Equal("/v1/locations/a%2Fb%3Fc", h.Single().Uri.AbsolutePath);
    }
}
