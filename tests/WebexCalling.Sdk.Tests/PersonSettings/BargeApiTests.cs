using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

public class BargeApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";

    [Fact]
    public async Task ReadAsync_ParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"people/{PersonId}/features/bargeIn").RespondJson(ApiHarness.Sample("person_barge"));

        var barge = await h.Api.PersonSettings.Barge.ReadAsync(PersonId);

        Assert.True(barge.Enabled);
        Assert.True(barge.ToneEnabled);
    }

    [Fact]
    public async Task ConfigureAsync_SendsTheSettings()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"people/{PersonId}/features/bargeIn?orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.Barge.ConfigureAsync(PersonId, new BargeSettings { Enabled = true, ToneEnabled = false }, orgId: "O1");

        Assert.Equal(HttpMethod.Put, h.Single().Method);
        JsonAssert.Equal("""{"enabled": true, "toneEnabled": false}""", h.Single().Body);
    }
}
