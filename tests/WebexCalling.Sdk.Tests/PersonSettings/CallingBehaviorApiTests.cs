using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

/// <summary>Beyond the generated request tests (CallingBehaviorApiRequestTests.g.cs).</summary>
public class CallingBehaviorApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";

    [Fact]
    public async Task ConfigureAsync_NullBehavior_IsSentAsNullAndEffectiveTypeIsLeftOut()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"people/{PersonId}/features/callingBehavior").RespondJson(ApiHarness.Sample("person_calling_behavior"));
        h.Mock.On(HttpMethod.Put, $"people/{PersonId}/features/callingBehavior?orgId=O1").Respond(HttpStatusCode.NoContent);
        var api = h.Api.PersonSettings.CallingBehavior;

        var behavior = await api.ReadAsync(PersonId);
        await api.ConfigureAsync(PersonId, behavior with { ProfileId = "P2" }, orgId: "O1");

        JsonAssert.Equal("""{"behaviorType": null, "profileId": "P2"}""", h.Requests[^1].Body);
    }

}
