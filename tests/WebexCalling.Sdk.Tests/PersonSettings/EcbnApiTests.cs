using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

/// <summary>Beyond the generated request tests (EcbnApiRequestTests.g.cs).</summary>
public class EcbnApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";

    [Fact]
    public async Task ConfigureAsync_OnlySelection_SendsOnlySelection()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"telephony/config/people/{PersonId}/emergencyCallbackNumber").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.Ecbn.ConfigureAsync(PersonId, EcbnSelection.DirectLine, elinForWebexAppEnabled: false);

        JsonAssert.Equal("""{"selected": "DIRECT_LINE", "elinForWebexAppEnabled": false}""", h.Single().Body);
    }

    [Fact]
    public async Task ReadAsync_UnknownLevel_IsKept()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/people/{PersonId}/emergencyCallbackNumber")
            .RespondJson("""{"selected": "SOMETHING_NEW", "defaultInfo": {"effectiveValue": "+1", "quality": "MAYBE"}}""");

        var ecbn = await h.Api.PersonSettings.Ecbn.ReadAsync(PersonId);

        Assert.Equal("SOMETHING_NEW", ecbn.Selected!.Value.Value);
        Assert.False(ecbn.DefaultInfo!.Quality!.Value.IsKnown);
    }
}
