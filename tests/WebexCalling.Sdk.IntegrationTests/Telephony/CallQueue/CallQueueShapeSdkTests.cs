using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.IntegrationTests.TestSupport;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.CallQueue;

using WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>Every call queue read through the SDK: the simulator sends no field the SDK's models do not know.</summary>
public class CallQueueShapeSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    [Fact]
    public async Task EveryRead_SdkModelsKnowEveryFieldTheSimulatorSends()
    {
        var api = fixture.H.Api.Telephony.CallQueue;
        var (location, queue) = await fixture.CreateQueueAsync(0, "Shape check", "1070", 0, 1);
        string rule = await api.Forwarding.CreateCallForwardingRuleAsync(location, queue, new ForwardingRuleDetails
        {
            Name = "Shape",
            ForwardTo = new ForwardTo { Selection = ForwardToSelection.SpecifiedNumber, PhoneNumber = "+14085550142" },
            CallsFrom = new CallsFrom { Selection = ForwardFromSelection.Any },
            CallsTo = new ForwardCallsTo { Numbers = [] },
        });
        string dnis = await api.Dnis.CreateAsync(location, queue, "Shape", RingPattern.Normal, extension: "1071");
        var sales = await fixture.H.DemoQueueAsync("Sales");

        var reads = new Dictionary<string, object?>
        {
            ["list"] = await api.ListAsync().ToListAsync(),
            ["details"] = await api.DetailsAsync(location, queue),
            ["salesDetails"] = await api.DetailsAsync(sales.LocationId!, sales.Id!),
            ["settings"] = await api.GetCallQueueSettingsAsync(),
            ["primaryNumbers"] = await api.PrimaryAvailablePhoneNumbersAsync(location).ToListAsync(),
            ["alternateNumbers"] = await api.AlternateAvailablePhoneNumbersAsync(location).ToListAsync(),
            ["forwardNumbers"] = await api.CallForwardAvailablePhoneNumbersAsync(location).ToListAsync(),
            ["availableAgents"] = await api.AvailableAgentsAsync(location).ToListAsync(),
            ["agents"] = await api.Agents.ListAsync().ToListAsync(),
            ["agentDetails"] = await api.Agents.DetailsAsync(fixture.UserId(0)),
            ["forwarding"] = await api.Forwarding.SettingsAsync(location, queue),
            ["rule"] = await api.Forwarding.CallForwardingRuleAsync(location, queue, rule),
            ["holiday"] = await api.Policy.HolidayServiceDetailsAsync(location, queue),
            ["night"] = await api.Policy.NightServiceDetailAsync(location, queue),
            ["stranded"] = await api.Policy.StrandedCallsDetailsAsync(location, queue),
            ["forced"] = await api.Policy.ForcedForwardDetailsAsync(location, queue),
            ["dnisNumbers"] = await api.Dnis.AvailablePhoneNumbersAsync(location).ToListAsync(),
            ["dnisList"] = await api.Dnis.ListAsync(location, queue),
            ["dnis"] = await api.Dnis.DetailsAsync(location, queue, dnis),
            ["dnisSettings"] = await api.Dnis.GetSettingsAsync(location, queue),
            ["dnisAnnouncements"] = await api.Dnis.GetAnnouncementsAsync(location, queue, dnis),
            ["announcements"] = await api.Announcement.ListAsync(sales.LocationId!, sales.Id!).ToListAsync(),
        };

        var unknown = reads.SelectMany(r => UnknownFields.Of(r.Value).Select(f => $"{r.Key}: {f}")).Distinct().ToList();
        Assert.Empty(unknown);
    }

    [Fact]
    public void UnknownFields_FindsAFieldNestedInAList()
    {
        var bag = new Dictionary<string, System.Text.Json.JsonElement> { ["newField"] = System.Text.Json.JsonDocument.Parse("1").RootElement };
        var queue = new WebexCalling.Sdk.Telephony.CallQueue.CallQueue { Agents = [new Agent(), new Agent { ExtensionData = bag }] };

        Assert.Equal(["Agents[1].newField"], UnknownFields.Of(new[] { queue }).Select(f => f.Replace("[0].", "", StringComparison.Ordinal)));
    }
}
