using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Telephony.DectDevices;

/// <summary>What the generated request tests of <c>api.Telephony.DectDevices</c> do not cover.</summary>
public class DectDevicesApiTests
{
    [Theory]
    [InlineData("\"\"", null)]
    [InlineData("\"true\"", true)]
    [InlineData("false", false)]
    public async Task ListHandsetsAsync_PrimaryEnabledBlankOrText_ReadsAsNullOrTheBoolean(string wire, bool? expected)
    {
        using var h = new ApiHarness();
        // the 2026 reference's example answers primaryEnabled as an empty string
        h.Mock.Fallback.Respond(_ => ApiHarness.Json(HttpStatusCode.OK,
            $$"""{"numberOfHandsetsAssigned": 1, "handsets": [{"id": "h1", "index": "1", "primaryEnabled": {{wire}}}]}"""));

        var list = await h.Api.Telephony.DectDevices.ListHandsetsAsync("loc-1", "net-1");

        var handset = Assert.Single(list.Handsets!);
        Assert.Equal(expected, handset.PrimaryEnabled);
        Assert.Null(handset.ExtensionData);
    }

    [Fact]
    public async Task DeleteHandsetsAsync_WithoutDeleteAll_SendsOnlyTheIdsInTheDeleteBody()
    {
        using var h = new ApiHarness();
        h.Mock.Fallback.Respond(HttpStatusCode.NoContent);

        await h.Api.Telephony.DectDevices.DeleteHandsetsAsync("loc-1", "net-1", ["h1", "h2"], orgId: "org-1");

        var request = h.Single();
        Assert.Equal("DELETE", request.Method.Method);
        Assert.Equal("/v1/telephony/config/locations/loc-1/dectNetworks/net-1/handsets?orgId=org-1", request.PathAndQuery);
        JsonAssert.Same("""{"handsetIds": ["h1", "h2"]}""", request.Body);
    }

    [Fact]
    public async Task UpdateHandsetAsync_WithoutLine2_SendsAnExplicitNullToClearIt()
    {
        using var h = new ApiHarness();
        h.Mock.Fallback.Respond(HttpStatusCode.NoContent);

        await h.Api.Telephony.DectDevices.UpdateHandsetAsync("loc-1", "net-1", "h1", "p1", "Desk");

        JsonAssert.Same("""{"line1MemberId": "p1", "customDisplayName": "Desk", "line2MemberId": null}""", h.Single().Body);
    }
}
