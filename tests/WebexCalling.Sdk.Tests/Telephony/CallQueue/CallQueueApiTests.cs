using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Telephony.CallQueue;
using WebexCalling.Sdk.Tests.TestSupport;
using CallQueueModel = WebexCalling.Sdk.Telephony.CallQueue.CallQueue;

namespace WebexCalling.Sdk.Tests.Telephony.CallQueue;

// The request of every member and the parse of the official examples: CallQueueApiRequestTests.g.cs. Here: what
// those do not cover.
public class CallQueueApiTests
{
    private const string LocationId = "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzMxMTYx";
    private const string QueueId = "Y2lzY29zcGFyazovL3VzL0hVTlRfR1JPVVAvYUhaaFpUTjJNRzh5YjBBMk5EazBNVEk1Tnk1cGJuUXhNQzVpWTJ4a0xuZGxZbVY0TG1OdmJRPT0";
    private const string QueuePath = $"telephony/config/locations/{LocationId}/queues/{QueueId}";

    [Fact]
    public async Task ListAsync_TwoPages_FollowsTheLinkAndReadsQueuesOnEachPage()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("telephony/config/queues?start=2").RespondJson("""{"queues":[{"id":"Q3","name":"third"}]}""");
        h.Mock.OnGet("telephony/config/queues").RespondJson("""{"queues":[{"id":"Q1"},{"id":"Q2"}]}""",
            headers: ("Link", $"<{ApiHarness.Url("telephony/config/queues?start=2")}>; rel=\"next\""));

        var queues = await h.Api.Telephony.CallQueue.ListAsync().ToListAsync();

        Assert.Equal(["Q1", "Q2", "Q3"], queues.Select(q => q.Id));
        Assert.Equal(2, h.Requests.Count);
    }

    [Fact]
    public async Task DetailsAsync_AnswerWithoutLocation_SetsTheLocationIdFromTheArgument()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet(QueuePath).RespondJson(ApiHarness.Sample("callqueue_details"));

        var queue = await h.Api.Telephony.CallQueue.DetailsAsync(LocationId, QueueId);

        Assert.Equal(LocationId, queue.LocationId);
        Assert.Equal("CallQueue-1", queue.Name);
    }

    [Fact]
    public async Task CreateAsync_SettingsWithCxEssentials_SendsHasCxEssentialsQueryButNotTheField()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, $"telephony/config/locations/{LocationId}/queues?hasCxEssentials=true").RespondJson("""{"id":"Q9"}""");

        string id = await h.Api.Telephony.CallQueue.CreateAsync(LocationId, new CallQueueModel { Name = "CX", HasCxEssentials = true });

        Assert.Equal("Q9", id);
        JsonAssert.Equal("""{"name":"CX"}""", h.Single().Body);
    }

    [Fact]
    public async Task CreateAsync_ExplicitHasCxEssentialsFalse_WinsOverTheSettings()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, $"telephony/config/locations/{LocationId}/queues?hasCxEssentials=false").RespondJson("""{"id":"Q9"}""");

        await h.Api.Telephony.CallQueue.CreateAsync(LocationId, new CallQueueModel { Name = "CX", HasCxEssentials = true }, hasCxEssentials: false);

        Assert.Equal($"/v1/telephony/config/locations/{LocationId}/queues?hasCxEssentials=false", h.Single().PathAndQuery);
    }

    [Fact]
    public async Task CreateAsync_FieldsOnlyAnUpdateTakes_AreNotSent()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, $"telephony/config/locations/{LocationId}/queues").RespondJson("""{"id":"Q9"}""");
        var settings = new CallQueueModel
        {
            Name = "Sales",
            Extension = "1234",
            Enabled = true,
            AllowCallWaitingForAgentsEnabled = true,
            AlternateNumberSettings = new AlternateNumberSettings { DistinctiveRingEnabled = true },
            Agents = [new Agent { AgentId = "P1", FirstName = "Ann", JoinEnabled = true, Weight = "50" }],
            Department = new IdAndName { Id = "D1", Name = "Dept" },
        };

        await h.Api.Telephony.CallQueue.CreateAsync(LocationId, settings);

        // the 2026 create schema has no enabled, alternate numbers, call waiting or joinEnabled
        JsonAssert.Equal("""{"name":"Sales","extension":"1234","agents":[{"id":"P1","weight":"50"}],"department":{"id":"D1"}}""",
            h.Single().Body);
    }

    [Fact]
    public async Task UpdateAsync_PartialUpdate_SendsOnlyWhatWasSet()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"{QueuePath}?orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.Telephony.CallQueue.UpdateAsync(LocationId, QueueId,
            new CallQueueModel { Enabled = false, CallPolicies = new CallQueueCallPolicies { CallBounce = new CallBounce { Enabled = false } } },
            orgId: "O1");

        Assert.Equal(HttpMethod.Put, h.Single().Method);
        JsonAssert.Equal("""{"enabled":false,"callPolicies":{"callBounce":{"callBounceEnabled":false}}}""", h.Single().Body);
    }

    [Fact]
    public async Task UpdateAsync_ReadWithUpdate_DropsReadOnlyFieldsAndKeepsUnknownOnes()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet(QueuePath).RespondJson("""
            {"id":"Q1","name":"Q","tollFreeNumber":false,"language":"English","routingPrefix":"12","esn":"121",
             "hasCxEssentials":false,"futureField":{"a":1},
             "callingLineIdPolicy":"SOME_NEW_POLICY",
             "alternateNumberSettings":{"distinctiveRingEnabled":true,"alternateNumbers":[{"phoneNumber":"+1","ringPattern":"NORMAL","tollFreeNumber":true}]},
             "queueSettings":{"queueSize":5,"overflow":{"action":"PERFORM_BUSY_TREATMENT","isTransferNumberSet":true,"newOverflowFlag":true},
                              "welcomeMessage":{"enabled":true,"greeting":"DEFAULT","audioPlaylistId":"PL1","audioPlaylistName":"W"}},
             "agents":[{"id":"A1","firstName":"F","lastName":"L","type":"PEOPLE","phoneNumber":"+2","extension":"2","routingPrefix":"1","esn":"12","location":{"id":"L"},"hasCxEssentials":true,"skillLevel":3,"joinEnabled":true}],
             "department":{"id":"D1","name":"Dept"}}
            """);
        h.Mock.On(HttpMethod.Put, QueuePath).Respond(HttpStatusCode.NoContent);

        var queue = await h.Api.Telephony.CallQueue.DetailsAsync(LocationId, QueueId);
        await h.Api.Telephony.CallQueue.UpdateAsync(LocationId, QueueId, queue with { Name = "Renamed" });

        Assert.False(queue.CallingLineIdPolicy!.Value.IsKnown);
        JsonAssert.Equal("""
            {"name":"Renamed","futureField":{"a":1},"callingLineIdPolicy":"SOME_NEW_POLICY",
             "alternateNumberSettings":{"distinctiveRingEnabled":true,"alternateNumbers":[{"phoneNumber":"+1","ringPattern":"NORMAL"}]},
             "queueSettings":{"queueSize":5,"overflow":{"action":"PERFORM_BUSY_TREATMENT","newOverflowFlag":true},
                              "welcomeMessage":{"enabled":true,"greeting":"DEFAULT"}},
             "agents":[{"id":"A1","skillLevel":3,"joinEnabled":true}],
             "department":{"id":"D1"}}
            """, h.Requests[1].Body);
    }

    [Fact]
    public async Task DeleteAsync_EmptyQueueId_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.Telephony.CallQueue.DeleteAsync(LocationId, ""));

        Assert.Empty(h.Requests);
    }

    [Fact]
    public async Task UpdateCallQueueSettingsAsync_FalseValue_IsSent()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, "telephony/config/queues/settings").Respond(HttpStatusCode.NoContent);

        await h.Api.Telephony.CallQueue.UpdateCallQueueSettingsAsync(new CallQueueSettings { PlayToneToAgentForBargeInEnabled = false });

        JsonAssert.Equal("""{"playToneToAgentForBargeInEnabled":false}""", h.Single().Body);
    }

    [Fact]
    public async Task UpdateCallQueueSettingsAsync_ReadWithUpdate_KeepsUnknownFields()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("telephony/config/queues/settings").RespondJson("""{"maintainQueuePositionForSimRingEnabled":true,"newOrgToggle":"on"}""");
        h.Mock.On(HttpMethod.Put, "telephony/config/queues/settings").Respond(HttpStatusCode.NoContent);

        var settings = await h.Api.Telephony.CallQueue.GetCallQueueSettingsAsync();
        await h.Api.Telephony.CallQueue.UpdateCallQueueSettingsAsync(settings with { ForceAgentUnavailableOnBouncedEnabled = true });

        JsonAssert.Equal("""{"maintainQueuePositionForSimRingEnabled":true,"forceAgentUnavailableOnBouncedEnabled":true,"newOrgToggle":"on"}""",
            h.Requests[1].Body);
    }

    [Fact]
    public void AvailableAgentsAsync_EmptyLocationId_ThrowsAtTheCall()
    {
        using var h = new ApiHarness();

        Assert.Throws<ArgumentException>(() => h.Api.Telephony.CallQueue.AvailableAgentsAsync(""));

        Assert.Empty(h.Requests);
    }
}
