using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Telephony.CallQueue;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Telephony;

public class CallQueueAgentsApiTests
{
    private const string AgentId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS81NzJjNWMwZS1jMDY4LTQ0NmItOWM0Ny04MjYwYTIzZTY0NmI";

    [Fact]
    public async Task ListAsync_WithFilters_SendsQueryReadsAgentsKeyAndParsesTheExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("telephony/config/queues/agents?orgId=O1&locationId=L1&queueId=Q1&name=Lob&phoneNumber=%2B1945&joinEnabled=true&hasCxEssentials=false&order=fname-asc")
            .RespondJson(ApiHarness.Sample("callqueue_agents_list"));

        var agents = await h.Api.Telephony.CallQueue.Agents.ListAsync(locationId: "L1", queueId: "Q1", name: "Lob",
            phoneNumber: "+1945", joinEnabled: true, hasCxEssentials: false, order: "fname-asc", orgId: "O1").ToListAsync();

        Assert.Equal(2, agents.Count);
        Assert.Equal(AgentId, agents[0].Id);
        Assert.Equal("Lobby", agents[0].FirstName);
        Assert.Equal("+19458880334", agents[0].PhoneNumber);
        Assert.Equal(1, agents[0].QueueCount);
        Assert.Equal(0, agents[0].UnjoinCount);
        Assert.Equal("Location1", agents[0].Location!.Name);
        Assert.Equal(UserType.People, agents[0].Type);
        Assert.Equal("4498", agents[1].Esn);
    }

    [Fact]
    public async Task DetailsAsync_SendsPagingDefaultsAndParsesAgentAndQueues()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/queues/agents/{AgentId}?hasCxEssentials=true&max=50&start=0").RespondJson("""
            {"agent":{"id":"A1","firstName":"Lobby","lastName":".","phoneNumber":"+19458880334","routingPrefix":"8002",
                      "queueCount":2,"locationCount":1,"joinCount":1,"unjoinCount":1,
                      "location":{"name":"Location1","id":"L1"},"type":"PEOPLE"},
             "queues":[{"id":"Q1","name":"Sales","phoneNumber":"+19458880301","extension":"301","routingPrefix":"8002","esn":"8002301",
                        "locationId":"L1","locationName":"Location1","joinEnabled":true},
                       {"id":"Q2","name":"Support","locationId":"L1","locationName":"Location1","joinEnabled":false}]}
            """);

        var detail = await h.Api.Telephony.CallQueue.Agents.DetailsAsync(AgentId, hasCxEssentials: true);

        Assert.Equal("A1", detail.Agent!.Id);
        Assert.Equal(2, detail.Agent.QueueCount);
        Assert.Equal("L1", detail.Agent.Location!.Id);
        Assert.Equal(2, detail.Queues!.Count);
        Assert.Equal("Sales", detail.Queues[0].Name);
        Assert.Equal("8002301", detail.Queues[0].Esn);
        Assert.True(detail.Queues[0].JoinEnabled);
        Assert.False(detail.Queues[1].JoinEnabled);
    }

    [Fact]
    public async Task UpdateCallQueueSettingsAsync_SendsSettingsList()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"telephony/config/queues/agents/{AgentId}/settings?orgId=O1&hasCxEssentials=true")
            .Respond(HttpStatusCode.NoContent);

        await h.Api.Telephony.CallQueue.Agents.UpdateCallQueueSettingsAsync(AgentId,
            [new AgentCallQueueSetting { QueueId = "Q1", JoinEnabled = true }, new AgentCallQueueSetting { QueueId = "Q2", JoinEnabled = false }],
            hasCxEssentials: true, orgId: "O1");

        Assert.Equal(HttpMethod.Put, h.Single().Method);
        JsonAssert.Equal("""{"settings":[{"queueId":"Q1","joinEnabled":true},{"queueId":"Q2","joinEnabled":false}]}""", h.Single().Body);
    }

    [Fact]
    public async Task DetailsAsync_EmptyId_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.Telephony.CallQueue.Agents.DetailsAsync(""));

        Assert.Empty(h.Requests);
    }
}
