using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

public class SimRingApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";
    private const string CriteriaId = "Y2lzY29zcGFyazovL3VzL0NSSVRFUklBLzg2NTAxZDFlLTg1MWMtNDgwYi1hZmE2LTA5MTU4NzQ3NzdmZQ";
    private const string Path = $"telephony/config/people/{PersonId}/simultaneousRing";

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
            {"enabled": true, "phoneNumbers": [{"phoneNumber": "+19075552859", "answerConfirmationEnabled": true}],
             "criteriasEnabled": false}
            """, h.Single().Body);
    }

    [Fact]
    public async Task ReadThenConfigure_AnswerConfirmationAndUnknownFields_AreSentBack()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet(Path).RespondJson("""
            {"enabled": true, "ringTone": "X1", "criteria": [{"id": "c1", "ringEnabled": true}],
             "phoneNumbers": [{"phoneNumber": "+19075552859", "answerConfirmationEnabled": true, "label": "home"}]}
            """);
        h.Mock.On(HttpMethod.Put, Path).Respond(HttpStatusCode.NoContent);

        var settings = await h.Api.PersonSettings.SimRing.ReadAsync(PersonId);
        var number = settings.PhoneNumbers![0] with { AnswerConfirmationRequiredEnabled = false };
        await h.Api.PersonSettings.SimRing.ConfigureAsync(PersonId, settings with { PhoneNumbers = [number] });

        Assert.True(settings.PhoneNumbers[0].AnswerConfirmationRequiredEnabled);
        JsonAssert.Equal("""
            {"enabled": true, "ringTone": "X1",
             "phoneNumbers": [{"phoneNumber": "+19075552859", "answerConfirmationEnabled": false, "label": "home"}]}
            """, h.Requests[1].Body);
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
    public async Task CreateCriteriaAsync_AnswerWithoutId_Throws()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, $"{Path}/criteria").RespondJson("{}");

        await Assert.ThrowsAsync<System.Text.Json.JsonException>(() => h.Api.PersonSettings.SimRing.CreateCriteriaAsync(PersonId, new SimRingCriteria()));
    }
}
