using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.IntegrationTests.TestSupport;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.CallQueue;

using WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>api.Telephony.CallQueue.Agents (list, details, join settings) against the simulator.</summary>
public class CallQueueAgentsSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private CallQueueAgentsApi Agents => fixture.H.Api.Telephony.CallQueue.Agents;

    [Fact]
    public async Task ListAsync_DemoQueues_AgentsOfEachQueue()
    {
        var sales = await fixture.H.DemoQueueAsync("Sales");
        var support = await fixture.H.DemoQueueAsync("Support");
        var salesDetails = await fixture.H.Api.Telephony.CallQueue.DetailsAsync(sales.LocationId!, sales.Id!);

        var salesAgents = await Agents.ListAsync(queueId: sales.Id).ToListAsync();
        var supportAgents = await Agents.ListAsync(locationId: support.LocationId).ToListAsync();
        var all = await Agents.ListAsync().ToListAsync();
        var byName = await Agents.ListAsync(name: salesAgents[0].LastName).ToListAsync();
        var byNumber = await Agents.ListAsync(phoneNumber: salesAgents[1].PhoneNumber).ToListAsync();

        Assert.Equal(4, salesAgents.Count);
        Assert.Equal(salesDetails.Agents!.Select(a => a.AgentId).Order(), salesAgents.Select(a => a.Id).Order());
        Assert.All(salesAgents, a => Assert.Equal("San Jose", a.Location!.Name));
        Assert.All(salesAgents, a => Assert.True(a.QueueCount >= 1));
        Assert.All(salesAgents, a => Assert.Equal(UserType.People, a.Type));
        Assert.All(salesAgents, a => Assert.False(string.IsNullOrEmpty(a.LastName)));
        Assert.Equal(3, supportAgents.Count);
        Assert.Equal(7, all.Count);
        Assert.Contains(byName, a => a.Id == salesAgents[0].Id);
        Assert.All(byName, a => Assert.Contains(salesAgents[0].LastName!, $"{a.FirstName} {a.LastName}", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(salesAgents[1].Id, Assert.Single(byNumber).Id);
    }

    [Fact]
    public async Task UpdateCallQueueSettingsAsync_Unjoin_ShowsInDetailsAndListFilter()
    {
        var (location, id) = await fixture.CreateQueueAsync(24, "New York help", "4060", 24, 25);
        string agent = fixture.UserId(24);

        var before = await Agents.DetailsAsync(agent);
        await Agents.UpdateCallQueueSettingsAsync(agent, [new AgentCallQueueSetting { QueueId = id, JoinEnabled = false }]);
        var after = await Agents.DetailsAsync(agent);
        var unjoined = await Agents.ListAsync(queueId: id, joinEnabled: false).ToListAsync();
        var joined = await Agents.ListAsync(queueId: id, joinEnabled: true).ToListAsync();

        var queue = Assert.Single(before.Queues!);
        Assert.Equal(id, queue.Id);
        Assert.Equal("New York help", queue.Name);
        Assert.Equal(location, queue.LocationId);
        Assert.True(queue.JoinEnabled);
        Assert.Equal(agent, before.Agent!.Id);
        Assert.Equal(1, before.Agent.JoinCount);
        Assert.False(Assert.Single(after.Queues!).JoinEnabled);
        Assert.Equal(1, after.Agent!.UnjoinCount);
        Assert.Equal(agent, Assert.Single(unjoined).Id);
        Assert.Equal(fixture.UserId(25), Assert.Single(joined).Id);
    }

    [Fact]
    public async Task DetailsAsync_NotAnAgent_IsWebex404()
    {
        var error = await Assert.ThrowsAsync<WebexApiException>(() => Agents.DetailsAsync(fixture.UserId(31)));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, error.StatusCode);
        Assert.False(string.IsNullOrEmpty(error.WebexMessage));
        Assert.False(string.IsNullOrEmpty(error.TrackingId));
    }
}
