using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

// The personal assistant endpoints are newer than the April 2025 reference: answers are built from wxc_sdk's model.
public class PersonalAssistantApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";
    private const string Url = $"telephony/config/people/{PersonId}/features/personalAssistant";

    [Fact]
    public async Task GetAsync_WithOrgId_ParsesAllFields()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Url}?orgId=O1").RespondJson("""
            {"enabled": true, "presence": "BUSINESS_TRIP", "untilDateTime": "2026-12-01T17:00:00Z", "transferEnabled": true,
             "transferNumber": "+14085550123", "alerting": "ALERT_ME_FIRST", "alertMeFirstNumberOfRings": 3}
            """);

        var assistant = await h.Api.PersonSettings.PersonalAssistant.GetAsync(PersonId, "O1");

        Assert.True(assistant.Enabled);
        Assert.Equal(PersonalAssistantPresence.BusinessTrip, assistant.Presence);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 17, 0, 0, TimeSpan.Zero), assistant.UntilDateTime);
        Assert.Equal("+14085550123", assistant.TransferNumber);
        Assert.Equal(PersonalAssistantAlerting.AlertMeFirst, assistant.Alerting);
        Assert.Equal(3, assistant.AlertMeFirstNumberOfRings);
    }

    [Fact]
    public async Task UpdateAsync_UnknownFieldsAndValues_SurviveReadModifyUpdate()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet(Url).RespondJson("""{"enabled": false, "presence": "SABBATICAL", "alerting": "NONE", "mood": "happy"}""");
        h.Mock.On(HttpMethod.Put, Url).Respond(HttpStatusCode.NoContent);

        var read = await h.Api.PersonSettings.PersonalAssistant.GetAsync(PersonId);
        await h.Api.PersonSettings.PersonalAssistant.UpdateAsync(PersonId, read with { Enabled = true });

        JsonAssert.Equal("""{"enabled": true, "presence": "SABBATICAL", "alerting": "NONE", "mood": "happy"}""", h.Requests[1].Body);
    }

    [Fact]
    public async Task UpdateAsync_NullSettings_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentNullException>(() => h.Api.PersonSettings.PersonalAssistant.UpdateAsync(PersonId, null!));

        Assert.Empty(h.Requests);
    }
}
