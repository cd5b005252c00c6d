using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

public class AnonCallsApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";

    [Fact]
    public async Task ReadAsync_ReadsBelowTelephonyConfigAndReturnsEnabled()
    {
        using var h = new ApiHarness();
        // not in the 2025-04 reference for people; the workspace variant answers {"enabled": ...}
        h.Mock.OnGet($"telephony/config/people/{PersonId}/anonymousCallReject?orgId=O1").RespondJson("""{"enabled": true}""");

        bool enabled = await h.Api.PersonSettings.AnonCalls.ReadAsync(PersonId, orgId: "O1");

        Assert.True(enabled);
    }

    [Fact]
    public async Task ConfigureAsync_SendsEnabled()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"telephony/config/people/{PersonId}/anonymousCallReject").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.AnonCalls.ConfigureAsync(PersonId, true);

        Assert.Equal(HttpMethod.Put, h.Single().Method);
        JsonAssert.Equal("""{"enabled": true}""", h.Single().Body);
    }
}
