using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

/// <summary>Beyond the generated request tests (PersonForwardingApiRequestTests.g.cs).</summary>
public class ForwardingApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";

    [Fact]
    public async Task ConfigureAsync_LeavesOutTheSystemMaximumAndKeepsUnknownFields()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"people/{PersonId}/features/callForwarding").RespondJson("""
            {"callForwarding": {"always": {"enabled": false, "ringReminderEnabled": false, "futureFlag": 1},
              "busy": {"enabled": false}, "noAnswer": {"enabled": false, "numberOfRings": 2, "systemMaxNumberOfRings": 20}},
             "businessContinuity": {"enabled": false}, "futureSetting": "x"}
            """);
        h.Mock.On(HttpMethod.Put, $"people/{PersonId}/features/callForwarding").Respond(HttpStatusCode.NoContent);
        var api = h.Api.PersonSettings.Forwarding;

        var forwarding = await api.ReadAsync(PersonId);
        var always = forwarding.CallForwarding!.Always! with { Enabled = true, Destination = "9999" };
        await api.ConfigureAsync(PersonId, forwarding with { CallForwarding = forwarding.CallForwarding with { Always = always } });

        var put = h.Requests[^1];
        Assert.Equal(HttpMethod.Put, put.Method);
        JsonAssert.Equal("""
            {"callForwarding": {"always": {"enabled": true, "destination": "9999", "ringReminderEnabled": false, "futureFlag": 1},
              "busy": {"enabled": false}, "noAnswer": {"enabled": false, "numberOfRings": 2}},
             "businessContinuity": {"enabled": false}, "futureSetting": "x"}
            """, put.Body);
    }

    [Fact]
    public async Task ConfigureAsync_Default_SendsEverythingOff()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"people/{PersonId}/features/callForwarding").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.Forwarding.ConfigureAsync(PersonId, PersonForwardingSetting.Default());

        JsonAssert.Equal("""
            {"callForwarding": {
               "always": {"enabled": false, "destination": "", "destinationVoicemailEnabled": false, "ringReminderEnabled": false},
               "busy": {"enabled": false, "destination": "", "destinationVoicemailEnabled": false},
               "noAnswer": {"enabled": false, "destination": "", "destinationVoicemailEnabled": false, "numberOfRings": 3}},
             "businessContinuity": {"enabled": false, "destination": "", "destinationVoicemailEnabled": false}}
            """, h.Single().Body);
    }

    [Fact]
    public async Task ConfigureAsync_NullSettings_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentNullException>(() => h.Api.PersonSettings.Forwarding.ConfigureAsync(PersonId, null!));

        Assert.Empty(h.Requests);
    }
}
