using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Telephony.CallQueue;

// The request of every member and the parse of the official examples: CallQueueAgentsApiRequestTests.g.cs.
public class CallQueueAgentsApiTests
{
    private const string AgentId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS81NzJjNWMwZS1jMDY4LTQ0NmItOWM0Ny04MjYwYTIzZTY0NmI";

    [Fact]
    public async Task DetailsAsync_NoPaging_SendsMax50AndStart0()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/queues/agents/{AgentId}?max=50&start=0").RespondJson("""{"agent":{"id":"A1"},"queues":[]}""");

        var detail = await h.Api.Telephony.CallQueue.Agents.DetailsAsync(AgentId);

        Assert.Equal($"/v1/telephony/config/queues/agents/{AgentId}?max=50&start=0", h.Single().PathAndQuery);
        Assert.Equal("A1", detail.Agent!.Id);
    }

    [Fact]
    public async Task DetailsAsync_EmptyId_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.Telephony.CallQueue.Agents.DetailsAsync(""));

        Assert.Empty(h.Requests);
    }

    [Fact]
    public async Task UpdateCallQueueSettingsAsync_NullSettings_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentNullException>(() => h.Api.Telephony.CallQueue.Agents.UpdateCallQueueSettingsAsync(AgentId, null!));

        Assert.Empty(h.Requests);
    }
}
