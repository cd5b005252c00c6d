using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

public class SelectiveRejectApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";
    private const string CriteriaId = "Y2lzY29zcGFyazovL3VzL0NSSVRFUklBLzg2NTAxZDFlLTg1MWMtNDgwYi1hZmE2LTA5MTU4NzQ3NzdmZQ";
    private const string Path = $"telephony/config/people/{PersonId}/selectiveReject";

    [Fact]
    public async Task ConfigureAsync_DoesNotSendCriteria()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, Path).Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.SelectiveReject.ConfigureAsync(PersonId,
            new SelectiveReject { Enabled = false, Criteria = [new SelectiveRejectCrit { Id = CriteriaId }] });

        JsonAssert.Equal("""{"enabled": false}""", h.Single().Body);
    }

    [Fact]
    public async Task ReadThenConfigureCriteria_SendsRejectEnabledWithoutId_UnknownValuesSurvive()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Path}/criteria/{CriteriaId}").RespondJson($$"""
            {"id": "{{CriteriaId}}", "callsFrom": "ANY_VIP", "rejectEnabled": true, "ringPattern": "short"}
            """);
        h.Mock.On(HttpMethod.Put, $"{Path}/criteria/{CriteriaId}?orgId=O1").Respond(HttpStatusCode.NoContent);

        var crit = await h.Api.PersonSettings.SelectiveReject.ReadCriteriaAsync(PersonId, CriteriaId);
        await h.Api.PersonSettings.SelectiveReject.ConfigureCriteriaAsync(PersonId, CriteriaId, crit with { Enabled = false }, orgId: "O1");

        JsonAssert.Equal("""{"callsFrom": "ANY_VIP", "rejectEnabled": false, "ringPattern": "short"}""", h.Requests[1].Body);
    }

    [Fact]
    public async Task ReadCriteriaAsync_EmptyCriteriaId_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.PersonSettings.SelectiveReject.ReadCriteriaAsync(PersonId, ""));

        Assert.Empty(h.Requests);
    }
}
