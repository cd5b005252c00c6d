using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

public class SelectiveForwardApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";
    private const string CriteriaId = "Y2lzY29zcGFyazovL3VzL0NSSVRFUklBLzg2NTAxZDFlLTg1MWMtNDgwYi1hZmE2LTA5MTU4NzQ3NzdmZQ";
    private const string Path = $"telephony/config/people/{PersonId}/selectiveForward";

    [Fact]
    public async Task ConfigureAsync_DoesNotSendCriteriaOrTheAnswersVoicemailName()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, Path).Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.SelectiveForward.ConfigureAsync(PersonId, new SelectiveForward
        {
            Enabled = true, DefaultPhoneNumberToForward = "+1934898988", RingReminderEnabled = false, SendToVoicemailEnabled = true,
            Criteria = [new SelectiveForwardCrit { Id = CriteriaId, Enabled = true }],
        });

        JsonAssert.Equal("""{"enabled": true, "defaultPhoneNumberToForward": "+1934898988", "ringReminderEnabled": false}""",
            h.Single().Body);
    }

    [Fact]
    public async Task ReadThenConfigureCriteria_SendsPhoneNumbersAndSendToVoicemail_NotDestinationVoicemail()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Path}/criteria/{CriteriaId}").RespondJson($$"""
            {"id": "{{CriteriaId}}", "phoneNumbers": ["+19075552859"], "forwardEnabled": true, "sendToVoicemailEnabled": true,
             "destinationVoicemailEnabled": true, "ringPattern": "short"}
            """);
        h.Mock.On(HttpMethod.Put, $"{Path}/criteria/{CriteriaId}").Respond(HttpStatusCode.NoContent);

        var crit = await h.Api.PersonSettings.SelectiveForward.ReadCriteriaAsync(PersonId, CriteriaId);
        await h.Api.PersonSettings.SelectiveForward.ConfigureCriteriaAsync(PersonId, CriteriaId, crit with { Enabled = false });

        Assert.Equal(["+19075552859"], crit.PhoneNumbers!);
        JsonAssert.Equal("""
            {"phoneNumbers": ["+19075552859"], "forwardEnabled": false, "sendToVoicemailEnabled": true, "ringPattern": "short"}
            """, h.Requests[1].Body);
    }
}
