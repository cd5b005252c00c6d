using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Telephony.CallQueue;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Telephony;

public class CallQueueForwardingApiTests
{
    private const string ForwardingPath = "telephony/config/locations/L1/queues/Q1/callForwarding";

    [Fact]
    public async Task SettingsAsync_UnwrapsCallForwardingAndParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{ForwardingPath}?orgId=O1").RespondJson(ApiHarness.Sample("callqueue_forwarding"));

        var forwarding = await h.Api.Telephony.CallQueue.Forwarding.SettingsAsync("L1", "Q1", orgId: "O1");

        Assert.False(forwarding.Always!.Enabled);
        Assert.False(forwarding.Always.DestinationVoiceMailEnabled);
        Assert.Equal("00000", forwarding.Selective!.Destination);
        Assert.Equal(2, forwarding.Rules!.Count);
        Assert.Equal("testRule1", forwarding.Rules[0].Name);
        Assert.Equal("65546", forwarding.Rules[0].ForwardTo);
        Assert.True(forwarding.Rules[1].Enabled);
    }

    [Fact]
    public async Task UpdateAsync_ReadWithUpdate_WrapsAndSendsRulesAsIdAndEnabledOnly()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet(ForwardingPath).RespondJson("""
            {"callForwarding":{
              "always":{"enabled":false,"destination":"","ringReminderEnabled":false,"destinationVoicemailEnabled":false,"newFlag":1},
              "selective":{"enabled":true,"destination":"1234","ringReminderEnabled":true,"destinationVoicemailEnabled":false},
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
    public async Task CreateCallForwardingRuleAsync_SendsRuleWithoutIdAndReturnsTheId()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, $"{ForwardingPath}/selectiveRules?orgId=O1").RespondJson("""{"id":"R9"}""", HttpStatusCode.Created);
        var rule = new ForwardingRuleDetails
        {
            Id = "ignored",
            Name = "After hours",
            Enabled = true,
            BusinessSchedule = "Work",
            ForwardTo = new ForwardTo { Selection = ForwardToSelection.SpecifiedNumber, PhoneNumber = "+15551234" },
            CallsFrom = new CallsFrom
            {
                Selection = ForwardFromSelection.Custom,
                CustomNumbers = new CustomNumbers { PrivateNumberEnabled = true, UnavailableNumberEnabled = false, Numbers = ["2025551212"] },
            },
            CallsTo = new ForwardCallsTo { Numbers = [new CallForwardingNumber { PhoneNumber = "+15550000", NumberType = CallForwardingNumberType.Primary }] },
        };

        string id = await h.Api.Telephony.CallQueue.Forwarding.CreateCallForwardingRuleAsync("L1", "Q1", rule, orgId: "O1");

        Assert.Equal("R9", id);
        JsonAssert.Equal("""
            {"name":"After hours","enabled":true,"businessSchedule":"Work",
             "forwardTo":{"selection":"FORWARD_TO_SPECIFIED_NUMBER","phoneNumber":"+15551234"},
             "callsTo":{"numbers":[{"phoneNumber":"+15550000","type":"PRIMARY"}]},
             "callsFrom":{"selection":"CUSTOM","customNumbers":{"privateNumberEnabled":true,"unavailableNumberEnabled":false,"numbers":["2025551212"]}}}
            """, h.Single().Body);
    }

    [Fact]
    public async Task CallForwardingRuleAsync_ParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{ForwardingPath}/selectiveRules/R1").RespondJson(ApiHarness.Sample("callqueue_forwarding_rule"));

        var rule = await h.Api.Telephony.CallQueue.Forwarding.CallForwardingRuleAsync("L1", "Q1", "R1");

        Assert.Equal("My Rule", rule.Name);
        Assert.Equal("BusiSched1", rule.BusinessSchedule);
        Assert.Equal("HolSched1", rule.HolidaySchedule);
        Assert.Equal(ForwardToSelection.DefaultNumber, rule.ForwardTo!.Selection);
        Assert.Equal(ForwardFromSelection.Custom, rule.CallsFrom!.Selection);
        Assert.True(rule.CallsFrom.CustomNumbers!.PrivateNumberEnabled);
        Assert.Equal(["2025551212"], rule.CallsFrom.CustomNumbers.Numbers!);
        Assert.Empty(rule.CallsTo!.Numbers!);
    }

    [Fact]
    public async Task UpdateCallForwardingRuleAsync_SendsRuleWithoutIdAndReturnsTheNewId()
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
    public async Task DeleteCallForwardingRuleAsync_SendsDelete()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Delete, $"{ForwardingPath}/selectiveRules/R1?orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.Telephony.CallQueue.Forwarding.DeleteCallForwardingRuleAsync("L1", "Q1", "R1", orgId: "O1");

        Assert.Equal(HttpMethod.Delete, h.Single().Method);
    }

    [Fact]
    public async Task SwitchModeForCallForwardingAsync_PostsWithoutBody()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, $"{ForwardingPath}/actions/switchMode/invoke?orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.Telephony.CallQueue.Forwarding.SwitchModeForCallForwardingAsync("L1", "Q1", orgId: "O1");

        Assert.Equal(HttpMethod.Post, h.Single().Method);
        Assert.True(string.IsNullOrEmpty(h.Single().Body));
    }

    [Fact]
    public async Task CallForwardingRuleAsync_EmptyRuleId_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.Telephony.CallQueue.Forwarding.CallForwardingRuleAsync("L1", "Q1", ""));

        Assert.Empty(h.Requests);
    }
}
