using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

// People have no official example answers for this feature; the workspace examples have the same shape.
public class SelectiveForwardApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";
    private const string CriteriaId = "Y2lzY29zcGFyazovL3VzL0NSSVRFUklBLzg2NTAxZDFlLTg1MWMtNDgwYi1hZmE2LTA5MTU4NzQ3NzdmZQ";
    private const string Path = $"telephony/config/people/{PersonId}/selectiveForward";

    [Fact]
    public async Task ReadAsync_OfficialExample_ParsesSettingsAndCriteria()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Path}?orgId=O1").RespondJson(ApiHarness.Sample("selective_forward"));

        var settings = await h.Api.PersonSettings.SelectiveForward.ReadAsync(PersonId, orgId: "O1");

        Assert.True(settings.Enabled);
        Assert.Equal("+1934898988", settings.DefaultPhoneNumberToForward);
        Assert.True(settings.RingReminderEnabled);
        Assert.False(settings.DestinationVoicemailEnabled);
        var crit = Assert.Single(settings.Criteria!);
        Assert.True(crit.Enabled);
        Assert.Equal(SelectiveSource.AllNumbers, crit.Source);
    }

    [Fact]
    public async Task ConfigureAsync_DoesNotSendCriteria()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, Path).Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.SelectiveForward.ConfigureAsync(PersonId, new SelectiveForward
        {
            Enabled = true, DefaultPhoneNumberToForward = "+1934898988", RingReminderEnabled = false,
            Criteria = [new SelectiveForwardCrit { Id = CriteriaId, Enabled = true }],
        });

        JsonAssert.Equal("""{"enabled": true, "defaultPhoneNumberToForward": "+1934898988", "ringReminderEnabled": false}""",
            h.Single().Body);
    }

    [Fact]
    public async Task ReadCriteriaAsync_OfficialExample_ReadsNumbersAndForwardEnabled()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Path}/criteria/{CriteriaId}").RespondJson(ApiHarness.Sample("selective_forward_criteria"));

        var crit = await h.Api.PersonSettings.SelectiveForward.ReadCriteriaAsync(PersonId, CriteriaId);

        Assert.True(crit.Enabled);
        Assert.Equal("+1934898988", crit.ForwardToPhoneNumber);
        Assert.True(crit.SendToVoicemailEnabled);
        Assert.Equal(["+19075552859", "+19186663950"], crit.PhoneNumbers!);
        Assert.Equal(ScheduleType.Holidays, crit.ScheduleType);
        Assert.Equal(SelectiveFrom.AnyPhoneNumber, crit.CallsFrom);
    }

    [Fact]
    public async Task ReadThenConfigureCriteria_SendsNumbersForwardEnabledAndBothVoicemailNames()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Path}/criteria/{CriteriaId}").RespondJson(ApiHarness.Sample("selective_forward_criteria"));
        h.Mock.On(HttpMethod.Put, $"{Path}/criteria/{CriteriaId}").Respond(HttpStatusCode.NoContent);

        var crit = await h.Api.PersonSettings.SelectiveForward.ReadCriteriaAsync(PersonId, CriteriaId);
        await h.Api.PersonSettings.SelectiveForward.ConfigureCriteriaAsync(PersonId, CriteriaId, crit with { Enabled = false });

        JsonAssert.Equal("""
            {"anonymousCallersEnabled": true, "callsFrom": "ANY_PHONE_NUMBER", "forwardEnabled": false, "forwardToPhoneNumber": "+1934898988",
             "numbers": ["+19075552859", "+19186663950"], "scheduleLevel": "GROUP", "scheduleName": "Business Vacation",
             "scheduleType": "holidays", "sendToVoicemailEnabled": true, "destinationVoicemailEnabled": true,
             "unavailableCallersEnabled": true}
            """, h.Requests[1].Body);
    }

    [Fact]
    public async Task CreateCriteriaAsync_PostsAndReturnsId()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, $"{Path}/criteria?orgId=O1").RespondJson(ApiHarness.Sample("selective_forward_criteria_create"));

        string id = await h.Api.PersonSettings.SelectiveForward.CreateCriteriaAsync(PersonId,
            new SelectiveForwardCriteria { ForwardToPhoneNumber = "+1934898988", CallsFrom = SelectiveFrom.AnyExternal, Enabled = true },
            orgId: "O1");

        Assert.Equal(CriteriaId, id);
        JsonAssert.Equal("""{"forwardToPhoneNumber": "+1934898988", "callsFrom": "ANY_EXTERNAL", "forwardEnabled": true}""",
            h.Single().Body);
    }

    [Fact]
    public async Task DeleteCriteriaAsync_DeletesOneCriteria()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Delete, $"{Path}/criteria/{CriteriaId}?orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.SelectiveForward.DeleteCriteriaAsync(PersonId, CriteriaId, orgId: "O1");

        Assert.Equal(HttpMethod.Delete, h.Single().Method);
    }
}
