using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

// People have no official example answers for this feature; the workspace examples have the same shape.
public class SimRingApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";
    private const string CriteriaId = "Y2lzY29zcGFyazovL3VzL0NSSVRFUklBLzg2NTAxZDFlLTg1MWMtNDgwYi1hZmE2LTA5MTU4NzQ3NzdmZQ";
    private const string Path = $"telephony/config/people/{PersonId}/simultaneousRing";

    [Fact]
    public async Task ReadAsync_OfficialExample_ParsesNumbersAndCriteria()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Path}?orgId=O1").RespondJson(ApiHarness.Sample("sim_ring"));

        var settings = await h.Api.PersonSettings.SimRing.ReadAsync(PersonId, orgId: "O1");

        Assert.True(settings.Enabled);
        Assert.True(settings.DoNotRingIfOnCallEnabled);
        Assert.True(settings.CriteriasEnabled);
        Assert.Equal(2, settings.PhoneNumbers!.Count);
        Assert.Equal("+19075552859", settings.PhoneNumbers[0].PhoneNumber);
        Assert.True(settings.PhoneNumbers[0].AnswerConfirmationRequiredEnabled);
        Assert.False(settings.PhoneNumbers[1].AnswerConfirmationRequiredEnabled);
        var crit = Assert.Single(settings.Criteria!);
        Assert.True(crit.Enabled);
        Assert.Equal("Business Vacation", crit.ScheduleName);
    }

    [Fact]
    public async Task ConfigureAsync_SendsNumbersButNotCriteria()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, Path).Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.SimRing.ConfigureAsync(PersonId, new SimRing
        {
            Enabled = true,
            PhoneNumbers = [new SimRingNumber { PhoneNumber = "+19075552859", AnswerConfirmationRequiredEnabled = true }],
            Criteria = [new SimRingCrit { Id = CriteriaId }],
            CriteriasEnabled = false,
        });

        JsonAssert.Equal("""
            {"enabled": true, "phoneNumbers": [{"phoneNumber": "+19075552859", "answerConfirmationRequiredEnabled": true}],
             "criteriasEnabled": false}
            """, h.Single().Body);
    }

    [Fact]
    public async Task ReadThenConfigure_RetiredAnswerConfirmationField_IsNotSentBack_OtherUnknownFieldsAre()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet(Path).RespondJson("""
            {"enabled": true, "ringTone": "X1",
             "phoneNumbers": [{"phoneNumber": "+19075552859", "answerConfirmationEnabled": true, "answerConfirmationRequiredEnabled": true,
                               "label": "home"}]}
            """);
        h.Mock.On(HttpMethod.Put, Path).Respond(HttpStatusCode.NoContent);

        var settings = await h.Api.PersonSettings.SimRing.ReadAsync(PersonId);
        var number = settings.PhoneNumbers![0] with { AnswerConfirmationRequiredEnabled = false };
        await h.Api.PersonSettings.SimRing.ConfigureAsync(PersonId, settings with { PhoneNumbers = [number] });

        JsonAssert.Equal("""
            {"enabled": true, "ringTone": "X1",
             "phoneNumbers": [{"phoneNumber": "+19075552859", "answerConfirmationRequiredEnabled": false, "label": "home"}]}
            """, h.Requests[1].Body);
        Assert.True(settings.PhoneNumbers[0].ExtensionData!.ContainsKey("answerConfirmationEnabled")); // the caller's copy is untouched
    }

    [Fact]
    public async Task ReadCriteriaAsync_OfficialExample_ParsesCriteria()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Path}/criteria/{CriteriaId}").RespondJson(ApiHarness.Sample("sim_ring_criteria"));

        var crit = await h.Api.PersonSettings.SimRing.ReadCriteriaAsync(PersonId, CriteriaId);

        Assert.True(crit.Enabled);
        Assert.Equal(CriteriaId, crit.Id);
        Assert.Equal(["+19075552859", "+19186663950"], crit.PhoneNumbers!);
        Assert.Equal(SelectiveScheduleLevel.Group, crit.ScheduleLevel);
    }

    [Fact]
    public async Task ConfigureCriteriaAsync_SendsRingEnabledWithoutId()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"{Path}/criteria/{CriteriaId}").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.SimRing.ConfigureCriteriaAsync(PersonId, CriteriaId,
            new SimRingCriteria { Id = CriteriaId, ScheduleName = "Nights", ScheduleType = ScheduleType.BusinessHours, Enabled = false });

        JsonAssert.Equal("""{"scheduleName": "Nights", "scheduleType": "businessHours", "ringEnabled": false}""", h.Single().Body);
    }

    [Fact]
    public async Task CreateCriteriaAsync_PostsAndReturnsId()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, $"{Path}/criteria").RespondJson(ApiHarness.Sample("sim_ring_criteria_create"));

        string id = await h.Api.PersonSettings.SimRing.CreateCriteriaAsync(PersonId,
            new SimRingCriteria { CallsFrom = SelectiveFrom.AnyPhoneNumber, Enabled = true });

        Assert.Equal(CriteriaId, id);
        JsonAssert.Equal("""{"callsFrom": "ANY_PHONE_NUMBER", "ringEnabled": true}""", h.Single().Body);
    }

    [Fact]
    public async Task DeleteCriteriaAsync_DeletesOneCriteria()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Delete, $"{Path}/criteria/{CriteriaId}").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.SimRing.DeleteCriteriaAsync(PersonId, CriteriaId);

        Assert.Equal(HttpMethod.Delete, h.Single().Method);
    }

    [Fact]
    public async Task CreateCriteriaAsync_AnswerWithoutId_Throws()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, $"{Path}/criteria").RespondJson("{}");

        await Assert.ThrowsAsync<System.Text.Json.JsonException>(() => h.Api.PersonSettings.SimRing.CreateCriteriaAsync(PersonId, new SimRingCriteria()));
    }
}
