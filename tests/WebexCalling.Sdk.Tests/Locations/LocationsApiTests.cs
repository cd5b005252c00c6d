using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Locations;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Locations;

/// <summary>What the generated request tests (LocationsApiRequestTests.g.cs) do not cover: behaviour beyond the request shape.</summary>
public class LocationsApiTests
{
    private const string LocationId = "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OL2M5N2VlMDQ5LTM1OWItNGM3OC04NDU0LTA1OGMyZWRlMjU2Mw";
    private const string FloorId = "Y2lzY29zcGFyazovL3VybjpURUFNOnVzLWVhc3QtMl9hL1dPUktTUEFDRV9MT0NBVElPTl9GTE9PUi83NDhkZDNmMS1iYmE5LTQxMDItODk5NC00M2IyOTM2MzNlNjY";

    [Fact]
    public async Task ByNameAsync_ReturnsTheExactMatchOnly()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("locations?name=HQ").RespondJson("""{"items":[{"id":"1","name":"HQ East"},{"id":"2","name":"HQ"}]}""");

        var hq = await h.Api.Locations.ByNameAsync("HQ");

        Assert.Equal("2", hq!.LocationId);
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
    public async Task CreateFloorAsync_WithoutName_SendsNumberOnly()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, $"locations/{LocationId}/floors").RespondJson(ApiHarness.Sample("floor_create"));

        await h.Api.Locations.CreateFloorAsync(LocationId, 3);

        JsonAssert.Equal("""{"floorNumber":3}""", h.Single().Body);
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
    public async Task DetailsAsync_IdWithReservedCharacters_IsEscapedAsOneSegment()
    {
        using var h = new ApiHarness();
        h.Mock.When("*").Respond("application/json", """{"id":"a/b?c"}""");

        await h.Api.Locations.DetailsAsync("a/b?c");

        Assert.Equal("/v1/locations/a%2Fb%3Fc", h.Single().Uri.AbsolutePath);
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData(" ")]
    public async Task DeleteFloorAsync_DotSegmentId_ThrowsBeforeAnyRequest(string floorId)
    {
        using var h = new ApiHarness();

        var e = await Assert.ThrowsAsync<ArgumentException>(() => h.Api.Locations.DeleteFloorAsync(LocationId, floorId));

        Assert.Equal("floorId", e.ParamName);
        Assert.Empty(h.Requests);
    }
}
