using System.Net;
using WebexCalling.Sdk.IntegrationTests.TestSupport;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.CallQueue;

using WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>api.Telephony.CallQueue.Forwarding (settings, selective rules, switch mode) against the simulator.</summary>
public class CallQueueForwardingSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private ForwardingApi Forwarding => fixture.H.Api.Telephony.CallQueue.Forwarding;

    [Fact]
    public async Task SelectiveRules_CreateReadUpdateListDelete()
    {
        var (location, queue) = await fixture.CreateQueueAsync(26, "New York forwarding", "4061");

        string ruleId = await Forwarding.CreateCallForwardingRuleAsync(location, queue, new ForwardingRuleDetails
        {
            Name = "VIP",
            Enabled = true,
            ForwardTo = new ForwardTo { Selection = ForwardToSelection.SpecifiedNumber, PhoneNumber = "+12125550142" },
            CallsFrom = new CallsFrom
            {
                Selection = ForwardFromSelection.Custom,
                CustomNumbers = new CustomNumbers { PrivateNumberEnabled = true, UnavailableNumberEnabled = false, Numbers = ["+12125550177"] },
            },
            CallsTo = new ForwardCallsTo { Numbers = [] },
        });
        var created = await Forwarding.CallForwardingRuleAsync(location, queue, ruleId);
        string updatedId = await Forwarding.UpdateCallForwardingRuleAsync(location, queue, ruleId, created with
        {
            Enabled = false,
            ForwardTo = created.ForwardTo! with { PhoneNumber = "+12125550143" },
        });
        var updated = await Forwarding.CallForwardingRuleAsync(location, queue, ruleId);
        var settings = await Forwarding.SettingsAsync(location, queue);
        await Forwarding.DeleteCallForwardingRuleAsync(location, queue, ruleId);
        var gone = await Assert.ThrowsAsync<WebexApiException>(() => Forwarding.CallForwardingRuleAsync(location, queue, ruleId));
        var afterDelete = await Forwarding.SettingsAsync(location, queue);

        Assert.Equal(ruleId, created.Id);
        Assert.Equal("VIP", created.Name);
        Assert.True(created.Enabled);
        Assert.Equal(ForwardToSelection.SpecifiedNumber, created.ForwardTo!.Selection);
        Assert.Equal("+12125550142", created.ForwardTo.PhoneNumber);
        Assert.Equal(ForwardFromSelection.Custom, created.CallsFrom!.Selection);
        Assert.True(created.CallsFrom.CustomNumbers!.PrivateNumberEnabled);
        Assert.Equal(["+12125550177"], created.CallsFrom.CustomNumbers.Numbers!);
        Assert.False(string.IsNullOrEmpty(updatedId));
        Assert.False(updated.Enabled);
        Assert.Equal("+12125550143", updated.ForwardTo!.PhoneNumber);
        Assert.Equal("VIP", updated.Name);
        var listed = Assert.Single(settings.Rules!);
        Assert.Equal(ruleId, listed.Id);
        Assert.Equal("VIP", listed.Name);
        Assert.False(listed.Enabled);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Empty(afterDelete.Rules ?? []);
    }

    [Fact]
    public async Task UpdateAsync_ReadModifyWrite_AlwaysForwardingReadsBack()
    {
        var (location, queue) = await fixture.CreateQueueAsync(27, "New York always", "4062");
        string ruleId = await Forwarding.CreateCallForwardingRuleAsync(location, queue, new ForwardingRuleDetails
        {
            Name = "Night calls",
            ForwardTo = new ForwardTo { Selection = ForwardToSelection.DefaultNumber },
            CallsFrom = new CallsFrom { Selection = ForwardFromSelection.Any },
            CallsTo = new ForwardCallsTo { Numbers = [] },
        });

        var before = await Forwarding.SettingsAsync(location, queue);
        await Forwarding.UpdateAsync(location, queue, before with
        {
            Always = before.Always! with { Enabled = true, Destination = "+12125550100", RingReminderEnabled = true },
            Rules = [before.Rules![0] with { Enabled = false }],
        });
        var after = await Forwarding.SettingsAsync(location, queue);

        Assert.False(before.Always!.Enabled);
        Assert.True(after.Always!.Enabled);
        Assert.Equal("+12125550100", after.Always.Destination);
        Assert.True(after.Always.RingReminderEnabled);
        Assert.Equal(before.Selective!.Enabled, after.Selective!.Enabled);
        var rule = Assert.Single(after.Rules!);
        Assert.Equal(ruleId, rule.Id);
        Assert.Equal("Night calls", rule.Name);
        Assert.False(rule.Enabled);
    }

    [Fact]
    public async Task SwitchModeForCallForwardingAsync_ExistingQueueSucceeds_DeletedQueueIs404()
    {
        var (location, queue) = await fixture.CreateQueueAsync(28, "New York modes", "4063");

        await Forwarding.SwitchModeForCallForwardingAsync(location, queue);
        var settings = await Forwarding.SettingsAsync(location, queue);
        await fixture.H.Api.Telephony.CallQueue.DeleteAsync(location, queue);
        var error = await Assert.ThrowsAsync<WebexApiException>(() => Forwarding.SwitchModeForCallForwardingAsync(location, queue));

        Assert.NotNull(settings.Always);
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("POST", error.Method);
    }
}
