using System.Net;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.IntegrationTests.TestSupport;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.CallQueue;

using WebexCalling.Sdk.Telephony.CallQueue;
using CallQueueModel = WebexCalling.Sdk.Telephony.CallQueue.CallQueue;

/// <summary>api.Telephony.CallQueue (list, create, details, update, delete, org settings, available numbers and agents) against the simulator.</summary>
public class CallQueueSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private CallQueueApi Queues => fixture.H.Api.Telephony.CallQueue;

    /// <summary>Records the URL of every request the SDK sends, then hands it to the simulator.</summary>
    private sealed class RecordingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        public List<Uri> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (Requests) Requests.Add(request.RequestUri!);
            return base.SendAsync(request, cancellationToken);
        }
    }

    [Fact]
    public async Task ListAsync_SmallPageSize_FollowsLinkAndKeepsFilters()
    {
        RecordingHandler? recorder = null;
        await using var h = await SimHarness.StartAsync(Transport.InProcess,
            seed: sim =>
            {
                sim.Seed.DemoOrg();
                recorder = new RecordingHandler(sim.CreateHandler());
            },
            configure: o =>
            {
                o.HttpClient = new HttpClient(recorder!);
                o.PageSize = 1;
            });
        var api = h.Api.Telephony.CallQueue;

        var all = await api.ListAsync().ToListAsync();
        int pagesForAll = recorder!.Requests.Count;
        var denver = all.Single(q => q.Name == "Support").LocationId!;
        recorder.Requests.Clear();
        var inDenver = await api.ListAsync(locationId: denver).ToListAsync();
        var filterRequests = recorder.Requests.ToList();
        var byName = await api.ListAsync(name: "sal").ToListAsync();
        var byNumber = await api.ListAsync(phoneNumber: "+13035550299").ToListAsync();
        recorder.Requests.Clear();
        var firstOnly = await api.ListAsync().Take(1).ToListAsync();
        int pagesForFirst = recorder.Requests.Count;
        recorder.Requests.Clear();
        var salesAgents = await api.Agents.ListAsync(queueId: all[0].Id).ToListAsync();
        var agentRequests = recorder.Requests.ToList();
        var available = await api.AvailableAgentsAsync(all[0].LocationId!).ToListAsync();
        var numbers = await api.PrimaryAvailablePhoneNumbersAsync(all[0].LocationId!).Take(3).ToListAsync();

        Assert.Equal(["Sales", "Support"], all.Select(q => q.Name));
        Assert.Equal(2, pagesForAll); // one queue per page: the second came through the Link header
        var sales = all[0];
        Assert.Equal("San Jose", sales.LocationName);
        Assert.Equal("1099", sales.Extension);
        Assert.Equal("+14085550199", sales.PhoneNumber);
        Assert.True(sales.Enabled);
        Assert.False(string.IsNullOrEmpty(sales.Id));
        Assert.Equal("Denver", Assert.Single(inDenver).LocationName);
        Assert.All(filterRequests, u => Assert.Contains($"locationId={denver}", u.Query, StringComparison.Ordinal));
        Assert.All(filterRequests, u => Assert.Contains("max=1", u.Query, StringComparison.Ordinal));
        Assert.Equal("Sales", Assert.Single(byName).Name);
        Assert.Equal("Support", Assert.Single(byNumber).Name);
        Assert.Equal("Sales", Assert.Single(firstOnly).Name);
        Assert.Equal(1, pagesForFirst); // stopping early asks for no further page
        Assert.Equal(4, salesAgents.Count);
        Assert.Equal(4, salesAgents.Select(a => a.Id).Distinct().Count());
        Assert.Equal(4, agentRequests.Count);
        Assert.All(agentRequests, u => Assert.Contains($"queueId={all[0].Id}", u.Query, StringComparison.Ordinal));
        Assert.Equal(8, available.Count);
        Assert.Equal(8, available.Select(a => a.Id).Distinct().Count());
        Assert.Equal(3, numbers.Select(n => n.PhoneNumber).Distinct().Count());
    }

    [Fact]
    public async Task CreateAsync_WithAgents_DetailsShowWhatWasSent()
    {
        var (location, id) = await fixture.CreateQueueAsync(16, "Austin billing", "3060", 16, 17);

        var queue = await Queues.DetailsAsync(location, id);
        var listed = await Queues.ListAsync(locationId: location, name: "Austin billing").ToListAsync();

        Assert.Equal(id, queue.Id);
        Assert.Equal("Austin billing", queue.Name);
        Assert.Equal("3060", queue.Extension);
        Assert.Equal(location, queue.LocationId);
        Assert.Equal("America/Chicago", queue.TimeZone);
        Assert.Equal(Policy.Simultaneous, queue.CallPolicies!.Policy);
        Assert.Equal(CQRoutingType.PriorityBased, queue.CallPolicies.RoutingType);
        Assert.Equal(25, queue.QueueSettings!.QueueSize);
        Assert.Equal(OverflowAction.PlayRingingUntilCallerHangsUp, queue.QueueSettings.Overflow!.Action);
        Assert.Equal([fixture.UserId(16), fixture.UserId(17)], queue.Agents!.Select(a => a.AgentId));
        Assert.Equal([3, 4], queue.Agents!.Select(a => a.SkillLevel));
        Assert.Equal(UserType.People, queue.Agents![0].UserType);
        Assert.Equal(id, Assert.Single(listed).Id);
    }

    [Fact]
    public async Task UpdateAsync_Partial_OnlyWhatWasSetChanges()
    {
        var (location, id) = await fixture.CreateQueueAsync(18, "Austin returns", "3061", 18);
        var before = await Queues.DetailsAsync(location, id);

        await Queues.UpdateAsync(location, id, new CallQueueModel { Name = "Austin returns and refunds", Enabled = false });
        var after = await Queues.DetailsAsync(location, id);

        Assert.Equal("Austin returns and refunds", after.Name);
        Assert.False(after.Enabled);
        Assert.Equal(before.Extension, after.Extension);
        Assert.Equal(before.CallPolicies!.Policy, after.CallPolicies!.Policy);
        Assert.Equal(before.QueueSettings!.QueueSize, after.QueueSettings!.QueueSize);
        Assert.Equal(before.QueueSettings.Overflow!.Action, after.QueueSettings.Overflow!.Action);
        Assert.Equal(before.Agents!.Select(a => a.AgentId), after.Agents!.Select(a => a.AgentId));
    }

    [Fact]
    public async Task UpdateAsync_ReadModifyWrite_ChangesAgentsAndSettings()
    {
        var (location, id) = await fixture.CreateQueueAsync(19, "Austin onboarding", "3062", 19);
        var queue = await Queues.DetailsAsync(location, id);

        await Queues.UpdateAsync(location, id, queue with
        {
            CallPolicies = queue.CallPolicies! with { Policy = Policy.Circular, CallBounce = queue.CallPolicies.CallBounce! with { MaxRings = 5 } },
            QueueSettings = queue.QueueSettings! with { QueueSize = 40 },
            Agents = [.. queue.Agents!, new Agent { AgentId = fixture.UserId(20), SkillLevel = 9 }],
        });
        var after = await Queues.DetailsAsync(location, id);

        Assert.Equal(Policy.Circular, after.CallPolicies!.Policy);
        Assert.Equal(5, after.CallPolicies.CallBounce!.MaxRings);
        Assert.Equal(40, after.QueueSettings!.QueueSize);
        Assert.Equal([fixture.UserId(19), fixture.UserId(20)], after.Agents!.Select(a => a.AgentId));
        Assert.Equal(9, after.Agents![1].SkillLevel);
        Assert.Equal("Austin onboarding", after.Name);
    }

    [Fact]
    public async Task UpdateAsync_NumbersCallerIdAndAlternates_ReadBack()
    {
        var (location, id) = await fixture.CreateQueueAsync(22, "Austin numbers", "3064");
        var free = await Queues.PrimaryAvailablePhoneNumbersAsync(location).Take(2).Select(n => n.PhoneNumber!).ToListAsync();

        await Queues.UpdateAsync(location, id, new CallQueueModel
        {
            PhoneNumber = free[0],
            CallingLineIdPolicy = CallingLineIdPolicy.Custom,
            CallingLineIdPhoneNumber = free[0],
            AlternateNumberSettings = new AlternateNumberSettings
            {
                DistinctiveRingEnabled = true,
                AlternateNumbers = [new AlternateNumber { PhoneNumber = free[1], RingPattern = RingPattern.ShortLongShort }],
            },
            AllowAgentJoinEnabled = true,
            FirstName = "Austin",
            LastName = "Numbers",
        });
        var after = await Queues.DetailsAsync(location, id);
        var byNumber = await Queues.ListAsync(phoneNumber: free[0]).ToListAsync();

        Assert.Equal(free[0], after.PhoneNumber);
        Assert.Equal("3064", after.Extension);
        Assert.Equal(CallingLineIdPolicy.Custom, after.CallingLineIdPolicy);
        Assert.Equal(free[0], after.CallingLineIdPhoneNumber);
        Assert.True(after.AlternateNumberSettings!.DistinctiveRingEnabled);
        var alternate = Assert.Single(after.AlternateNumberSettings.AlternateNumbers!);
        Assert.Equal(free[1], alternate.PhoneNumber);
        Assert.Equal(RingPattern.ShortLongShort, alternate.RingPattern);
        Assert.True(after.AllowAgentJoinEnabled);
        Assert.Equal("Austin", after.FirstName);
        Assert.Equal("Numbers", after.LastName);
        Assert.Equal(id, Assert.Single(byNumber).Id);
    }

    [Fact]
    public async Task DeleteAsync_ThenDetails_IsWebex404WithMessageAndTrackingId()
    {
        var (location, id) = await fixture.CreateQueueAsync(21, "Austin temporary", "3063");

        await Queues.DeleteAsync(location, id);
        var error = await Assert.ThrowsAsync<WebexApiException>(() => Queues.DetailsAsync(location, id));
        var listed = await Queues.ListAsync(locationId: location).ToListAsync();

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("Call queue not found.", error.WebexMessage);
        Assert.False(string.IsNullOrEmpty(error.TrackingId));
        Assert.Equal("GET", error.Method);
        Assert.Contains(id, error.RequestUri.AbsolutePath, StringComparison.Ordinal);
        Assert.DoesNotContain(listed, q => q.Id == id);
    }

    [Fact]
    public async Task CallQueueSettings_UpdateThenRead_ShowsTheChange()
    {
        var before = await Queues.GetCallQueueSettingsAsync();

        await Queues.UpdateCallQueueSettingsAsync(before with
        {
            MaintainQueuePositionForSimRingEnabled = !(before.MaintainQueuePositionForSimRingEnabled ?? false),
            PlayToneToAgentForBargeInEnabled = !(before.PlayToneToAgentForBargeInEnabled ?? false),
        });
        var after = await Queues.GetCallQueueSettingsAsync();

        Assert.NotNull(before.ForceAgentUnavailableOnBouncedEnabled);
        Assert.Equal(!(before.MaintainQueuePositionForSimRingEnabled ?? false), after.MaintainQueuePositionForSimRingEnabled);
        Assert.Equal(!(before.PlayToneToAgentForBargeInEnabled ?? false), after.PlayToneToAgentForBargeInEnabled);
        Assert.Equal(before.ForceAgentUnavailableOnBouncedEnabled, after.ForceAgentUnavailableOnBouncedEnabled);
    }

    [Fact]
    public async Task AvailableNumbersAndAgents_AreOfTheLocation()
    {
        string sanJose = fixture.LocationOf(0);

        var primary = await Queues.PrimaryAvailablePhoneNumbersAsync(sanJose).ToListAsync();
        var alternate = await Queues.AlternateAvailablePhoneNumbersAsync(sanJose).ToListAsync();
        var forward = await Queues.CallForwardAvailablePhoneNumbersAsync(sanJose).ToListAsync();
        var agents = await Queues.AvailableAgentsAsync(sanJose).ToListAsync();
        string someone = fixture.Users[1]["lastName"]?.GetValue<string>() ?? agents[0].LastName!;
        var byName = await Queues.AvailableAgentsAsync(sanJose, name: someone).ToListAsync();

        Assert.NotEmpty(primary);
        Assert.All(primary, n => Assert.StartsWith("+1408555", n.PhoneNumber, StringComparison.Ordinal));
        Assert.NotEmpty(alternate);
        Assert.NotEmpty(forward);
        Assert.All(forward, n => Assert.StartsWith("+1408555", n.PhoneNumber, StringComparison.Ordinal));
        Assert.Equal(8, agents.Count);
        Assert.All(agents, a => Assert.Equal(UserType.People, a.Type));
        Assert.All(agents, a => Assert.StartsWith("100", a.PhoneNumbers![0].Extension, StringComparison.Ordinal));
        Assert.NotEmpty(byName);
        Assert.All(byName, a => Assert.Contains(someone, $"{a.FirstName} {a.LastName} {a.DisplayName}", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AvailableNumbers_Filters_NarrowTheAnswer()
    {
        string sanJose = fixture.LocationOf(0);
        var free = await Queues.PrimaryAvailablePhoneNumbersAsync(sanJose).Take(3).Select(n => n.PhoneNumber!).ToListAsync();
        string extension = fixture.Users[2]["extension"]!.GetValue<string>();
        string lastName = fixture.Users[3]["lastName"]!.GetValue<string>();

        var two = await Queues.PrimaryAvailablePhoneNumbersAsync(sanJose, phoneNumber: [free[0], free[2]]).ToListAsync();
        var alternate = await Queues.AlternateAvailablePhoneNumbersAsync(sanJose, phoneNumber: [free[1]]).ToListAsync();
        var byExtension = await Queues.CallForwardAvailablePhoneNumbersAsync(sanJose, extension: extension).ToListAsync();
        var byOwner = await Queues.CallForwardAvailablePhoneNumbersAsync(sanJose, ownerName: lastName).ToListAsync();

        Assert.Equal([free[0], free[2]], two.Select(n => n.PhoneNumber));
        Assert.Equal(free[1], Assert.Single(alternate).PhoneNumber);
        var owned = Assert.Single(byExtension);
        Assert.Equal(extension, owned.Extension);
        Assert.Equal(fixture.UserId(2), owned.Owner!.OwnerId);
        Assert.NotEmpty(byOwner);
        Assert.All(byOwner, n => Assert.Equal(lastName, n.Owner!.LastName));
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task CreateListDetails_OverEachTransport(Transport transport)
    {
        await using var h = await SimHarness.StartAsync(transport, seed: sim => sim.Seed.DemoOrg(), configure: o => o.PageSize = 2);
        var api = h.Api.Telephony.CallQueue;
        var sales = await h.DemoQueueAsync("Sales");
        var agent = (await api.AvailableAgentsAsync(sales.LocationId!).FirstAsync()).Id!;

        string id = await api.CreateAsync(sales.LocationId!, CallQueueSdk.NewQueue("Over the wire", "1050", agent));
        var all = await api.ListAsync().ToListAsync();
        var details = await api.DetailsAsync(sales.LocationId!, id);

        Assert.Equal(["Sales", "Support", "Over the wire"], all.Select(q => q.Name));
        Assert.Equal(agent, Assert.Single(details.Agents!).AgentId);
        Assert.Equal("1050", details.Extension);
    }
}
