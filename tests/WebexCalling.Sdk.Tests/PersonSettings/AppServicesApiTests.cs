using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

public class AppServicesApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";

    [Fact]
    public async Task ReadAsync_ParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"people/{PersonId}/features/applications?orgId=O1").RespondJson(ApiHarness.Sample("person_app_services"));

        var apps = await h.Api.PersonSettings.Appservices.ReadAsync(PersonId, orgId: "O1");

        Assert.Equal(35, apps.AvailableLineCount);
        Assert.True(apps.BrowserClientEnabled);
        Assert.StartsWith("Y2lzY29zcGFyazovL3VzL0FQUExJQ0FUSU9OLzQyNDM3", apps.BrowserClientId);
        Assert.True(apps.RingDevicesForGroupPageEnabled);
        Assert.True(apps.TabletClientEnabled);
    }

    [Fact]
    public async Task ConfigureAsync_LeavesOutDeviceIdsAndLineCount()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"people/{PersonId}/features/applications").RespondJson(ApiHarness.Sample("person_app_services")
            .Replace("\"availableLineCount\": 35", "\"availableLineCount\": 35, \"carClientEnabled\": false"));
        h.Mock.On(HttpMethod.Put, $"people/{PersonId}/features/applications").Respond(HttpStatusCode.NoContent);
        var api = h.Api.PersonSettings.Appservices;

        var apps = await api.ReadAsync(PersonId);
        await api.ConfigureAsync(PersonId, apps with { MobileClientEnabled = false });

        JsonAssert.Equal("""
            {"browserClientEnabled": true, "desktopClientEnabled": true, "mobileClientEnabled": false, "ringDevicesForCallParkEnabled": true,
             "ringDevicesForClickToDialCallsEnabled": true, "ringDevicesForGroupPageEnabled": true, "tabletClientEnabled": true,
             "carClientEnabled": false}
            """, h.Requests[^1].Body);
    }
}
