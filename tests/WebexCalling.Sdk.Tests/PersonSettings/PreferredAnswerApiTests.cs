using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

/// <summary>Beyond the generated request tests (PreferredAnswerApiRequestTests.g.cs).</summary>
public class PreferredAnswerApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";
    private const string Url = $"telephony/config/people/{PersonId}/preferredAnswerEndpoint";

    [Fact]
    public async Task ModifyAsync_Null_SendsExplicitNullToClear()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"{Url}?orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.PreferredAnswer.ModifyAsync(PersonId, null, "O1");

        JsonAssert.Equal("""{"preferredAnswerEndpointId": null}""", h.Single().Body);
    }
}
