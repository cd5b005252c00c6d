using RichardSzalay.MockHttp;
using System.Net;
using System.Text.Json;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Telephony.Location;

/// <summary>The hand-written members of the location APIs.</summary>
public class TelephonyLocationApiTests
{
    [Fact]
    public async Task EnableForCallingAsync_SendsTheLocationWithItsIdAndNothingTheSchemaLacks()
    {
        using var h = new ApiHarness();
        h.Mock.Fallback.Respond(_ => ApiHarness.Json(HttpStatusCode.Created, ApiHarness.Sample("telephony_location_enable")));
        var location = JsonSerializer.Deserialize(ApiHarness.Sample("telephony_location_enable_request"), WebexJson.Default.Location)! with
        {
            Latitude = 12.5,
            Notes = "not sent",
        };

        string id = await h.Api.Telephony.Location.EnableForCallingAsync(location, orgId: "orgId-1");

        var request = h.Single();
        Assert.Equal("POST", request.Method.Method);
        Assert.Equal("/v1/telephony/config/locations?orgId=orgId-1", request.PathAndQuery);
        JsonAssert.Same(ApiHarness.Sample("telephony_location_enable_request"), request.Body!);
        Assert.Equal("Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzljYTNhZmQ3LTE5MjYtNGQ0ZS05ZDA3LTk5ZDJjMGU4OGFhMA", id);
    }

    [Fact]
    public async Task MohUpdateAsync_SendsThePlaylistAsItsId()
    {
        using var h = new ApiHarness();
        h.Mock.Fallback.Respond(HttpStatusCode.NoContent);
        var settings = new WebexCalling.Sdk.Telephony.Location.LocationMohSetting
        {
            Greeting = WebexCalling.Sdk.Telephony.Location.LocationMohGreetingType.Custom,
            Playlist = new IdAndName { Id = "playlist-1", Name = "Hold music" },
        };

        await h.Api.Telephony.Location.Moh.UpdateAsync("locationId-1", settings);

        var request = h.Single();
        Assert.Equal("PUT", request.Method.Method);
        Assert.Equal("/v1/telephony/config/locations/locationId-1/musicOnHold", request.PathAndQuery);
        JsonAssert.Same("""{"greeting": "CUSTOM", "playlistId": "playlist-1"}""", request.Body!);
    }
}
