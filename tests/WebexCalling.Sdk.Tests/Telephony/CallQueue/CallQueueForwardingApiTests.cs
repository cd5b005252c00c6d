using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Telephony.CallQueue;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Telephony.CallQueue;

// The request of every member and the parse of the examples: ForwardingApiRequestTests.g.cs.
public class CallQueueForwardingApiTests
{
    private const string ForwardingPath = "telephony/config/locations/L1/queues/Q1/callForwarding";

    [Fact]
    public async Task UpdateAsync_ReadWithUpdate_WrapsAndSendsOnlyWhatTheUpdateSchemaHas()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet(ForwardingPath).RespondJson("""
            {"callForwarding":{
              "always":{"enabled":false,"destination":"","ringReminderEnabled":false,"destinationVoicemailEnabled":false,"sendToVoicemailEnabled":false,"newFlag":1},
              "selective":{"enabled":true,"destination":"1234","ringReminderEnabled":true,"destinationVoicemailEnabled":false,"sendToVoicemailEnabled":true},
              "rules":[{"id":"R1","name":"r","callsFrom":"Any","forwardTo":"1","callsTo":"Primary","enabled":true}],
              "operatingModes":{"enabled":true,"currentOperatingModeId":"M1","exceptionType":"MANUAL_SWITCH_BACK",
                "modes":[{"normalOperationEnabled":true,"id":"M1","name":"Day","type":"SAME_HOURS_DAILY","level":"LOCATION",
                          "forwardTo":{"selection":"FORWARD_TO_SPECIFIED_NUMBER","destination":"555","destinationVoicemailEnabled":false,
                                       "defaultDestination":"556","defaultDestinationVoicemailEnabled":true,"defaultForwardToSelection":"DO_NOT_FORWARD"}}]}}}
            """);
        h.Mock.On(HttpMethod.Put, ForwardingPath).Respond(HttpStatusCode.NoContent);

        var forwarding = await h.Api.Telephony.CallQueue.Forwarding.SettingsAsync("L1", "Q1");
        await h.Api.Telephony.CallQueue.Forwarding.UpdateAsync("L1", "Q1",
            forwarding with { Always = forwarding.Always! with { Enabled = true, Destination = "9999" } });

        Assert.Equal(ExceptionType.ManualSwitchBack, forwarding.OperatingModes!.ExceptionType);
        Assert.Equal(OperatingModeSchedule.SameHoursDaily, forwarding.OperatingModes.Modes![0].Type);
        JsonAssert.Equal("""
            {"callForwarding":{
              "always":{"enabled":true,"destination":"9999","ringReminderEnabled":false,"destinationVoicemailEnabled":false,"newFlag":1},
              "selective":{"enabled":true,"destination":"1234","ringReminderEnabled":true,"destinationVoicemailEnabled":false},
              "rules":[{"id":"R1","enabled":true}],
              "operatingModes":{"enabled":true,
                "modes":[{"normalOperationEnabled":true,"id":"M1",
                          "forwardTo":{"selection":"FORWARD_TO_SPECIFIED_NUMBER","destination":"555","destinationVoicemailEnabled":false}}]}}}
            """, h.Requests[1].Body);
    }

    [Fact]
    public async Task UpdateCallForwardingRuleAsync_DisabledRule_SendsFalseWithoutIdAndReturnsTheNewId()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"{ForwardingPath}/selectiveRules/R1").RespondJson("""{"id":"R2"}""");

        string id = await h.Api.Telephony.CallQueue.Forwarding.UpdateCallForwardingRuleAsync("L1", "Q1", "R1",
            new ForwardingRuleDetails { Id = "R1", Name = "Renamed", Enabled = false });

        Assert.Equal("R2", id);
        Assert.Equal(HttpMethod.Put, h.Single().Method);
        JsonAssert.Equal("""{"name":"Renamed","enabled":false}""", h.Single().Body);
    }

    [Fact]
    public async Task CallForwardingRuleAsync_EmptyRuleId_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.Telephony.CallQueue.Forwarding.CallForwardingRuleAsync("L1", "Q1", ""));

        Assert.Empty(h.Requests);
    }
}
