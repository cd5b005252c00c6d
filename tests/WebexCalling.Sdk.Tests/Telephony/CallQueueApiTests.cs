using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Telephony.CallQueue;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Telephony;

public class CallQueueApiTests
{
    private const string LocationId = "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzMxMTYx";
    private const string QueueId = "Y2lzY29zcGFyazovL3VzL0hVTlRfR1JPVVAvYUhaaFpUTjJNRzh5YjBBMk5EazBNVEk1Tnk1cGJuUXhNQzVpWTJ4a0xuZGxZbVY0TG1OdmJRPT0";
    private const string QueuePath = $"telephony/config/locations/{LocationId}/queues/{QueueId}";

    [Fact]
    public async Task ListAsync_WithFilters_SendsQueryReadsQueuesKeyAndParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("telephony/config/queues?orgId=O1&locationId=L1&name=bram&phoneNumber=5558675309&departmentId=D1&departmentName=Sales&hasCxEssentials=true")
            .RespondJson(ApiHarness.Sample("callqueue_list"));

        var queues = await h.Api.Telephony.CallQueue.ListAsync(locationId: "L1", name: "bram", phoneNumber: "5558675309",
            departmentId: "D1", departmentName: "Sales", hasCxEssentials: true, orgId: "O1").ToListAsync();

        Assert.Equal(2, queues.Count);
        Assert.Equal("5714328359", queues[0].Name);
        Assert.Equal("WXCSIVDKCPAPIC4S1", queues[0].LocationName);
        Assert.Equal(LocationId, queues[0].LocationId);
        Assert.Null(queues[0].PhoneNumber);
        Assert.Equal("bram", queues[1].Name);
        Assert.Equal("5558675309", queues[1].PhoneNumber);
        Assert.Equal("123", queues[1].RoutingPrefix);
        Assert.Equal("1237805", queues[1].Esn);
        Assert.True(queues[1].Enabled);
    }

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
    public async Task DetailsAsync_ParsesTheReferenceExampleAndSetsTheLocationId()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{QueuePath}?orgId=O1&hasCxEssentials=true").RespondJson(ApiHarness.Sample("callqueue_details"));

        var queue = await h.Api.Telephony.CallQueue.DetailsAsync(LocationId, QueueId, hasCxEssentials: true, orgId: "O1");

        Assert.Equal(LocationId, queue.LocationId);
        Assert.Equal("CallQueue-1", queue.Name);
        Assert.Equal("en-US", queue.LanguageCode);
        Assert.Equal(CallingLineIdPolicy.DirectLine, queue.CallingLineIdPolicy);
        Assert.Equal(CQRoutingType.SkillBased, queue.CallPolicies!.RoutingType);
        Assert.Equal(Policy.Circular, queue.CallPolicies.Policy);
        Assert.Equal(8, queue.CallPolicies.CallBounce!.MaxRings);
        Assert.True(queue.CallPolicies.CallBounce.Enabled);
        Assert.Equal(60, queue.CallPolicies.CallBounce.OnHoldMaxSeconds);
        Assert.Equal(RingPattern.Normal, queue.CallPolicies.DistinctiveRing!.RingPattern);
        Assert.Equal(10, queue.QueueSettings!.QueueSize);
        Assert.Equal(OverflowAction.PerformBusyTreatment, queue.QueueSettings.Overflow!.Action);
        Assert.False(queue.QueueSettings.Overflow.IsTransferNumberSet);
        Assert.Equal(WaitMode.Time, queue.QueueSettings.WaitMessage!.WaitMode);
        Assert.Equal(10, queue.QueueSettings.ComfortMessage!.TimeBetweenMessages);
        var file = Assert.Single(queue.QueueSettings.WelcomeMessage!.AudioAnnouncementFiles!);
        Assert.Equal("announcement.wav", file.FileName);
        Assert.Equal(MediaFileType.Wav, file.MediaFileType);
        Assert.Equal(AnnouncementLevel.Location, file.Level);
        Assert.Equal(Greeting.Default, queue.QueueSettings.MohMessage!.NormalSource!.Greeting);
        Assert.Equal(2, queue.AlternateNumberSettings!.AlternateNumbers!.Count);
        Assert.Equal("9725554726", queue.AlternateNumberSettings.AlternateNumbers[0].PhoneNumber);
        Assert.Equal(7, queue.Agents![0].SkillLevel);
        Assert.True(queue.Agents[0].JoinEnabled);
        Assert.Equal("Y2lzY29zcGFyazovL3VzL1BFT1BMRS83MGU3MjYzMC1mZjlmLTExZWItODU5YS0xZjhiYjRjNzc1MWQ", queue.Agents[0].AgentId);
    }

    [Fact]
    public async Task CreateAsync_SendsOnlyWritableFieldsAndReturnsTheId()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, $"telephony/config/locations/{LocationId}/queues?orgId=O1").RespondJson(ApiHarness.Sample("callqueue_create"));
        var settings = new CallQueue
        {
            Id = "ignored",
            Name = "Sales",
            Extension = "1234",
            CallPolicies = new CallQueueCallPolicies { RoutingType = CQRoutingType.PriorityBased, Policy = Policy.Circular },
            QueueSettings = new QueueSettings { QueueSize = 10 },
            Agents = [new Agent { AgentId = "P1", FirstName = "Ann", Location = new IdAndName { Id = "L" }, Weight = "50" }],
            Department = new IdAndName { Id = "D1", Name = "Dept" },
        };

        string id = await h.Api.Telephony.CallQueue.CreateAsync(LocationId, settings, orgId: "O1");

        Assert.Equal(QueueId, id);
        Assert.Equal(HttpMethod.Post, h.Single().Method);
        JsonAssert.Equal("""
            {"name":"Sales","extension":"1234",
             "callPolicies":{"routingType":"PRIORITY_BASED","policy":"CIRCULAR"},
             "queueSettings":{"queueSize":10},
             "agents":[{"id":"P1","weight":"50"}],
             "department":{"id":"D1"}}
            """, h.Single().Body);
    }

    [Fact]
    public async Task CreateAsync_SettingsWithCxEssentials_SendsHasCxEssentialsQueryButNotTheField()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, $"telephony/config/locations/{LocationId}/queues?hasCxEssentials=true").RespondJson("""{"id":"Q9"}""");

        string id = await h.Api.Telephony.CallQueue.CreateAsync(LocationId, new CallQueue { Name = "CX", HasCxEssentials = true });

        Assert.Equal("Q9", id);
        JsonAssert.Equal("""{"name":"CX"}""", h.Single().Body);
    }

    [Fact]
    public async Task UpdateAsync_PartialUpdate_SendsOnlyWhatWasSet()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"{QueuePath}?orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.Telephony.CallQueue.UpdateAsync(LocationId, QueueId,
            new CallQueue { Enabled = false, CallPolicies = new CallQueueCallPolicies { CallBounce = new CallBounce { Enabled = false } } },
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
             "queueSettings":{"queueSize":5,"overflow":{"action":"PERFORM_BUSY_TREATMENT","isTransferNumberSet":true,"newOverflowFlag":true}},
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
             "queueSettings":{"queueSize":5,"overflow":{"action":"PERFORM_BUSY_TREATMENT","newOverflowFlag":true}},
             "agents":[{"id":"A1","skillLevel":3,"joinEnabled":true}],
             "department":{"id":"D1"}}
            """, h.Requests[1].Body);
    }

    [Fact]
    public async Task DeleteAsync_SendsDeleteWithOrgId()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Delete, $"{QueuePath}?orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.Telephony.CallQueue.DeleteAsync(LocationId, QueueId, orgId: "O1");

        Assert.Equal(HttpMethod.Delete, h.Single().Method);
    }

    [Fact]
    public async Task DeleteAsync_EmptyQueueId_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.Telephony.CallQueue.DeleteAsync(LocationId, ""));

        Assert.Empty(h.Requests);
    }

    [Fact]
    public async Task GetCallQueueSettingsAsync_ParsesTheSettings()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("telephony/config/queues/settings?orgId=O1").RespondJson("""
            {"maintainQueuePositionForSimRingEnabled":true,"forceAgentUnavailableOnBouncedEnabled":false,
             "playToneToAgentForBargeInEnabled":true,"playToneToAgentForSilentMonitoringEnabled":false,
             "playToneToAgentForSupervisorCoachingEnabled":true}
            """);

        var settings = await h.Api.Telephony.CallQueue.GetCallQueueSettingsAsync(orgId: "O1");

        Assert.True(settings.MaintainQueuePositionForSimRingEnabled);
        Assert.False(settings.ForceAgentUnavailableOnBouncedEnabled);
        Assert.True(settings.PlayToneToAgentForBargeInEnabled);
        Assert.False(settings.PlayToneToAgentForSilentMonitoringEnabled);
        Assert.True(settings.PlayToneToAgentForSupervisorCoachingEnabled);
    }

    [Fact]
    public async Task UpdateCallQueueSettingsAsync_SendsOnlyWhatWasSet()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, "telephony/config/queues/settings").Respond(HttpStatusCode.NoContent);

        await h.Api.Telephony.CallQueue.UpdateCallQueueSettingsAsync(new CallQueueSettings { PlayToneToAgentForBargeInEnabled = false });

        Assert.Equal(HttpMethod.Put, h.Single().Method);
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
    public async Task PrimaryAvailablePhoneNumbersAsync_SendsNumbersCommaSeparatedAndParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/locations/{LocationId}/queues/availableNumbers?orgId=O1&phoneNumber=%2B12056350001,%2B12056350002")
            .RespondJson(ApiHarness.Sample("callqueue_available_numbers"));

        var numbers = await h.Api.Telephony.CallQueue.PrimaryAvailablePhoneNumbersAsync(LocationId,
            ["+12056350001", "+12056350002"], orgId: "O1").ToListAsync();

        Assert.Equal(3, numbers.Count);
        Assert.Equal("+12056350001", numbers[0].PhoneNumber);
        Assert.Equal(AvailableNumberState.Active, numbers[0].State);
        Assert.True(numbers[0].IsServiceNumber);
        Assert.True(numbers[1].IsMainNumber);
        Assert.Equal(AvailableNumberState.Inactive, numbers[2].State);
        Assert.True(numbers[2].TollFreeNumber);
        Assert.Equal("PSTN_NUMBER", numbers[2].TelephonyType);
    }

    [Fact]
    public async Task AlternateAvailablePhoneNumbersAsync_ReadsPhoneNumbersKey()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/locations/{LocationId}/queues/alternate/availableNumbers")
            .RespondJson(ApiHarness.Sample("callqueue_available_numbers"));

        var numbers = await h.Api.Telephony.CallQueue.AlternateAvailablePhoneNumbersAsync(LocationId).ToListAsync();

        Assert.Equal(["+12056350001", "+12056350002", "+12056350003"], numbers.Select(n => n.PhoneNumber));
    }

    [Fact]
    public async Task CallForwardAvailablePhoneNumbersAsync_SendsFiltersAndParsesOwners()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/locations/{LocationId}/queues/callForwarding/availableNumbers?ownerName=Test&extension=1235")
            .RespondJson(ApiHarness.Sample("callqueue_forward_available_numbers"));

        var numbers = await h.Api.Telephony.CallQueue.CallForwardAvailablePhoneNumbersAsync(LocationId, ownerName: "Test",
            extension: "1235").ToListAsync();

        Assert.Equal(3, numbers.Count);
        Assert.Equal(AvailableNumberOwnerType.People, numbers[0].Owner!.OwnerType);
        Assert.Equal("Test", numbers[0].Owner!.FirstName);
        Assert.Equal("Person", numbers[0].Owner!.LastName);
        Assert.Equal("1235", numbers[1].Extension);
        Assert.Equal(AvailableNumberOwnerType.Place, numbers[1].Owner!.OwnerType);
        Assert.Equal("TestWorkSpace", numbers[1].Owner!.DisplayName);
        Assert.Equal(AvailableNumberOwnerType.CallQueue, numbers[2].Owner!.OwnerType);
    }

    [Fact]
    public async Task AvailableAgentsAsync_SendsLocationIdAndReadsAgentsKey()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/queues/agents/availableAgents?locationId={LocationId}&name=John&phoneNumber=8080&order=fname-asc&orgId=O1")
            .RespondJson(ApiHarness.Sample("callqueue_available_agents"));

        var agents = await h.Api.Telephony.CallQueue.AvailableAgentsAsync(LocationId, name: "John", phoneNumber: "8080",
            order: "fname-asc", orgId: "O1").ToListAsync();

        var agent = Assert.Single(agents);
        Assert.Equal("John Brown", agent.DisplayName);
        Assert.Equal("john.brown@example.com", agent.Email);
        Assert.Equal(UserType.People, agent.Type);
        Assert.False(agent.HasCxEssentials);
        var number = Assert.Single(agent.PhoneNumbers!);
        Assert.Equal("+19075552859", number.External);
        Assert.Equal("8080", number.Extension);
    }

    [Fact]
    public void AvailableAgentsAsync_EmptyLocationId_ThrowsAtTheCall()
    {
        using var h = new ApiHarness();

        Assert.Throws<ArgumentException>(() => h.Api.Telephony.CallQueue.AvailableAgentsAsync(""));

        Assert.Empty(h.Requests);
    }
}
