using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

public class DndApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";

    [Fact]
    public async Task ReadAsync_ParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"people/{PersonId}/features/doNotDisturb?orgId=O1").RespondJson(ApiHarness.Sample("person_dnd"));

        var dnd = await h.Api.PersonSettings.Dnd.ReadAsync(PersonId, orgId: "O1");

        Assert.True(dnd.Enabled);
        Assert.True(dnd.RingSplashEnabled);
        Assert.Null(dnd.WebexGoOverrideEnabled);
    }

    [Fact]
    public async Task ConfigureAsync_SendsTheSetFieldsAndUnknownOnes()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"people/{PersonId}/features/doNotDisturb").RespondJson("""{"enabled": true, "ringSplashEnabled": true, "quietHours": "22-6"}""");
        h.Mock.On(HttpMethod.Put, $"people/{PersonId}/features/doNotDisturb").Respond(HttpStatusCode.NoContent);
        var api = h.Api.PersonSettings.Dnd;

        var dnd = await api.ReadAsync(PersonId);
        await api.ConfigureAsync(PersonId, dnd with { Enabled = false, WebexGoOverrideEnabled = true });

        JsonAssert.Equal("""{"enabled": false, "ringSplashEnabled": true, "webexGoOverrideEnabled": true, "quietHours": "22-6"}""",
            h.Requests[^1].Body);
    }
}
