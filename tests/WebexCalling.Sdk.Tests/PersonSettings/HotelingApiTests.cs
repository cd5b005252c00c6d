using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

/// <summary>Beyond the generated request tests (HotelingApiRequestTests.g.cs).</summary>
public class HotelingApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";

    [Fact]
    public async Task ConfigureAsync_False_SendsFalse()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"people/{PersonId}/features/hoteling?orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.Hoteling.ConfigureAsync(PersonId, false, orgId: "O1");

        JsonAssert.Equal("""{"enabled": false}""", h.Single().Body);
    }
}
