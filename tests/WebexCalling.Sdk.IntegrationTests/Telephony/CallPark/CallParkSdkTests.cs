using System.Net;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Telephony.CallPark;
using WebexCalling.Sdk.Telephony.CallParkExtension;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.CallPark;

/// <summary>
/// api.Telephony.CallPark and api.Telephony.CallParkExtension against the simulator (hand-written routes with Webex's
/// rules). Each test works in its own location or with its own names: the fixture's demo organisation is shared.
/// </summary>
public class CallParkSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private CallParkApi Parks => fixture.H.Api.Telephony.CallPark;

    private CallParkExtensionApi Extensions => fixture.H.Api.Telephony.CallParkExtension;

    private static CallParkDetails NewPark(string name, params string[] agentIds) => new()
    {
        Name = name,
        Recall = new RecallHuntGroup { Option = CallParkRecall.ParkingUserOnly },
        Agents = agentIds.Select(id => new SettingsMember { MemberId = id }).ToList(),
    };

    [Fact]
    public async Task DemoOrg_EachLocationHasACallParkWithTwoExtensionsAndTwoOfItsPeople()
    {
        var locations = Enumerable.Range(0, 4).Select(i => fixture.LocationOfUser(i * 8)).ToList();
        var names = new List<string?>();
        foreach (string location in locations)
        {
            var park = Assert.Single(await Parks.ListAsync(location, name: "call park").ToListAsync());
            var details = await Parks.DetailsAsync(location, park.CallParkId!);
            var people = fixture.Users.Where(u => u["locationId"]!.GetValue<string>() == location).Select(u => u["id"]!.GetValue<string>()).ToList();
            var huntGroup = Assert.Single(await fixture.H.Api.Telephony.HuntGroup.ListAsync(locationId: location).ToListAsync());

            names.Add(details.Name);
            Assert.Equal(location, park.LocationId);
            Assert.Equal(2, details.Agents!.Count);
            Assert.All(details.Agents, a => Assert.Contains(a.MemberId, people));
            Assert.All(details.Agents, a => Assert.Equal(UserType.People, a.MemberType));
            Assert.Equal(2, details.CallParkExtensions!.Count);
            Assert.All(details.CallParkExtensions, e => Assert.EndsWith("8", e.Extension![..^1], StringComparison.Ordinal));
            Assert.Equal(CallParkRecall.ParkingUserFirstThenHuntGroup, details.Recall!.Option);
            Assert.Equal(huntGroup.Id, details.Recall.HuntGroupId);
            Assert.Equal(huntGroup.Name, details.Recall.HuntGroupName);
        }
        var demoExtensions = await Extensions.ListAsync().ToListAsync();

        Assert.Equal(["San Jose call park", "Denver call park", "Austin call park", "New York call park"], names);
        Assert.Equal(["1080", "1081", "2080", "2081", "3080", "3081", "4080", "4081"], demoExtensions.Select(e => e.Extension).Take(8));
        Assert.All(demoExtensions, e => Assert.Contains(e.LocationId, locations));
    }

    [Fact]
    public async Task CreateReadUpdateDelete_ReadsBackWhatWasSentThenIs404()
    {
        string austin = fixture.LocationOfUser(16);
        var available = await Parks.AvailableAgentsAsync(austin).ToListAsync();
        string cpe = await Extensions.CreateAsync(austin, "Austin lobby", "3301");
        var recalls = await Parks.AvailableRecallsAsync(austin).ToListAsync();

        string id = await Parks.CreateAsync(austin, NewPark("Austin front", available[0].MemberId!, available[1].MemberId!) with
        {
            CallParkExtensions = [new CallParkExtensionDetails { CallParkExtensionId = cpe }],
        });
        var created = await Parks.DetailsAsync(austin, id);
        string newId = await Parks.UpdateAsync(austin, id, new CallParkDetails
        {
            Name = "Austin front desk",
            Recall = new RecallHuntGroup { HuntGroupId = recalls[0].Id, Option = CallParkRecall.HuntGroupOnly },
            Agents = [new SettingsMember { MemberId = available[2].MemberId }],
            ParkOnAgentsEnabled = true,
        });
        var updated = await Parks.DetailsAsync(austin, newId);
        var oldId = await Assert.ThrowsAsync<WebexApiException>(() => Parks.DetailsAsync(austin, id));
        await Parks.DeleteAsync(austin, newId);
        var gone = await Assert.ThrowsAsync<WebexApiException>(() => Parks.DetailsAsync(austin, newId));
        var listed = await Parks.ListAsync(austin).ToListAsync();

        Assert.Equal(id, created.CallParkId);
        Assert.Equal(austin, created.LocationId);
        Assert.Equal("Austin front", created.Name);
        Assert.Equal(CallParkRecall.ParkingUserOnly, created.Recall!.Option);
        Assert.Null(created.Recall.HuntGroupId);
        Assert.Equal([available[0].MemberId, available[1].MemberId], created.Agents!.Select(a => a.MemberId));
        Assert.Equal(available[0].Email, created.Agents![0].Email);
        Assert.False(created.ParkOnAgentsEnabled);
        Assert.Equal(("3301", "Austin lobby", cpe), (created.CallParkExtensions![0].Extension, created.CallParkExtensions[0].Name, created.CallParkExtensions[0].CallParkExtensionId));

        Assert.NotEqual(id, newId); // Webex derives the id from the name
        Assert.Equal("Austin front desk", updated.Name);
        Assert.Equal((recalls[0].Id, recalls[0].Name, CallParkRecall.HuntGroupOnly), (updated.Recall!.HuntGroupId, updated.Recall.HuntGroupName, updated.Recall.Option));
        Assert.Equal([available[2].MemberId], updated.Agents!.Select(a => a.MemberId));
        Assert.True(updated.ParkOnAgentsEnabled);
        Assert.Single(updated.CallParkExtensions!); // not sent: kept

        Assert.Equal(HttpStatusCode.NotFound, oldId.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("Call park not found.", gone.WebexMessage);
        Assert.False(string.IsNullOrEmpty(gone.TrackingId));
        Assert.DoesNotContain(listed, p => p.CallParkId == newId);
    }

    [Fact]
    public async Task AvailableAgents_AnAgentOfOneCallParkIsNotOfferedAndCannotJoinAnother()
    {
        string denver = fixture.LocationOfUser(8);
        var before = await Parks.AvailableAgentsAsync(denver).ToListAsync();
        var denverPeople = fixture.Users.Skip(8).Take(8).Select(u => u["id"]!.GetValue<string>()).ToList();
        var seededAgents = (await Parks.DetailsAsync(denver, (await Parks.ListAsync(denver).FirstAsync()).CallParkId!)).Agents!.Select(a => a.MemberId);
        string agent = before[0].MemberId!;

        string id = await Parks.CreateAsync(denver, NewPark("Denver warehouse", agent));
        var after = await Parks.AvailableAgentsAsync(denver).ToListAsync();
        var forThatPark = await Parks.AvailableAgentsAsync(denver, callParkName: "Denver warehouse").ToListAsync();
        var conflict = await Assert.ThrowsAsync<WebexApiException>(() => Parks.CreateAsync(denver, NewPark("Denver dock", agent)));
        var byName = await Parks.AvailableAgentsAsync(denver, name: before[1].LastName).ToListAsync();
        var sorted = await Parks.AvailableAgentsAsync(denver, order: "extension").ToListAsync();
        await Parks.DeleteAsync(denver, id);
        var afterDelete = await Parks.AvailableAgentsAsync(denver).ToListAsync();

        Assert.Equal(denverPeople.Except(seededAgents).Order(), before.Select(a => a.MemberId).Order());
        Assert.DoesNotContain(after, a => a.MemberId == agent);
        Assert.Equal(before.Count - 1, after.Count);
        Assert.Contains(forThatPark, a => a.MemberId == agent);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("already an agent of call park 'Denver warehouse'", conflict.WebexMessage, StringComparison.Ordinal);
        Assert.All(byName, a => Assert.Equal(before[1].LastName, a.LastName));
        Assert.Equal(sorted.Select(a => a.Numbers![0].Extension).Order(StringComparer.Ordinal), sorted.Select(a => a.Numbers![0].Extension));
        Assert.Equal(before.Count, afterDelete.Count);
    }

    [Fact]
    public async Task CreateAsync_AgentOfAnotherLocationOrUnknownHuntGroup_Is400()
    {
        string sanJose = fixture.LocationOfUser(0);

        var otherLocation = await Assert.ThrowsAsync<WebexApiException>(() => Parks.CreateAsync(sanJose, NewPark("San Jose misc", fixture.UserId(30))));
        var badRecall = await Assert.ThrowsAsync<WebexApiException>(() => Parks.CreateAsync(sanJose, new CallParkDetails
        {
            Name = "San Jose misc",
            Recall = new RecallHuntGroup { Option = CallParkRecall.HuntGroupOnly, HuntGroupId = "Y2lzY29zcGFyazovL3VzL0hVTlRfR1JPVVAvbm9uZQ" },
        }));
        var noRecall = await Assert.ThrowsAsync<WebexApiException>(() => Parks.CreateAsync(sanJose, new CallParkDetails { Name = "San Jose misc" }));
        var duplicate = await Assert.ThrowsAsync<WebexApiException>(() => Parks.CreateAsync(sanJose, NewPark("San Jose call park")));

        Assert.Equal(HttpStatusCode.BadRequest, otherLocation.StatusCode);
        Assert.Contains("is not in location San Jose", otherLocation.WebexMessage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badRecall.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noRecall.StatusCode);
        Assert.Equal("Missing required field(s): name, recall.", noRecall.WebexMessage);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
    }

    [Fact]
    public async Task Settings_DefaultsThenUpdatedRecallAndTimersReadBack()
    {
        string newYork = fixture.LocationOfUser(24);
        var before = await Parks.CallParkSettingsAsync(newYork);
        var huntGroup = (await Parks.AvailableRecallsAsync(newYork).ToListAsync())[0];

        await Parks.UpdateCallParkSettingsAsync(newYork, new LocationCallParkSettings
        {
            CallParkRecall = new RecallHuntGroup { HuntGroupId = huntGroup.Id, Option = CallParkRecall.ParkingUserFirstThenHuntGroup },
            CallParkSettings = new CallParkSettings { RingPattern = RingPattern.LongLong, RecallTime = 120 },
        });
        var after = await Parks.CallParkSettingsAsync(newYork);
        var invalid = await Assert.ThrowsAsync<WebexApiException>(() => Parks.UpdateCallParkSettingsAsync(newYork,
            new LocationCallParkSettings { CallParkSettings = new CallParkSettings { HuntWaitTime = 10 } }));

        Assert.Equal(CallParkRecall.ParkingUserOnly, before.CallParkRecall!.Option);
        Assert.Equal((RingPattern.Normal, 45, 45), (before.CallParkSettings!.RingPattern, before.CallParkSettings.RecallTime, before.CallParkSettings.HuntWaitTime));
        Assert.Equal((huntGroup.Id, huntGroup.Name), (after.CallParkRecall!.HuntGroupId, after.CallParkRecall.HuntGroupName));
        Assert.Equal(CallParkRecall.ParkingUserFirstThenHuntGroup, after.CallParkRecall.Option);
        Assert.Equal((RingPattern.LongLong, 120, 45), (after.CallParkSettings!.RingPattern, after.CallParkSettings.RecallTime, after.CallParkSettings.HuntWaitTime));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
    }

    [Fact]
    public async Task Extensions_CreateReadUpdateDelete_UniqueInTheLocation()
    {
        string sanJose = fixture.LocationOfUser(0);
        string id = await Extensions.CreateAsync(sanJose, "San Jose loading", "1311");
        var created = await Extensions.DetailsAsync(sanJose, id);
        await Extensions.UpdateAsync(sanJose, id, extension: "1312");
        var updated = await Extensions.DetailsAsync(sanJose, id);
        var takenByPerson = await Assert.ThrowsAsync<WebexApiException>(() => Extensions.CreateAsync(sanJose, "Clash", "1001"));
        var takenByExtension = await Assert.ThrowsAsync<WebexApiException>(() => Extensions.UpdateAsync(sanJose, id, extension: "1080"));
        string elsewhere = await Extensions.CreateAsync(fixture.LocationOfUser(8), "Denver loading", "1312"); // unique per location only
        await Extensions.DeleteAsync(sanJose, id);
        var gone = await Assert.ThrowsAsync<WebexApiException>(() => Extensions.DetailsAsync(sanJose, id));

        Assert.Equal((id, sanJose, "San Jose loading", "1311"), (created.CallParkExtensionId, created.LocationId, created.Name, created.Extension));
        Assert.Equal(("San Jose loading", "1312"), (updated.Name, updated.Extension));
        Assert.Equal(HttpStatusCode.Conflict, takenByPerson.StatusCode);
        Assert.Equal("Extension 1001 is already in use in location San Jose.", takenByPerson.WebexMessage);
        Assert.Equal(HttpStatusCode.Conflict, takenByExtension.StatusCode);
        Assert.False(string.IsNullOrEmpty(elsewhere));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("Call park extension not found.", gone.WebexMessage);
        Assert.False(string.IsNullOrEmpty(gone.TrackingId));
    }

    [Fact]
    public async Task Lists_FilterByNameLocationAndExtension_AndFollowPages()
    {
        var (h, log) = await TelephonyFeatures.StartRecordedAsync(pageSize: 1);
        await using var _ = h;
        var users = await h.CallingUsersAsync();
        string sanJose = users[0]["locationId"]!.GetValue<string>(), denver = users[8]["locationId"]!.GetValue<string>();
        await h.Api.Telephony.CallPark.CreateAsync(sanJose, NewPark("Alpha park"));
        await h.Api.Telephony.CallPark.CreateAsync(sanJose, NewPark("Beta park"));
        await h.Api.Telephony.CallParkExtension.CreateAsync(denver, "Denver spare", "2311");
        log.Clear();

        var parks = await h.Api.Telephony.CallPark.ListAsync(sanJose).ToListAsync();
        int parkRequests = log.Paths.Count;
        var sorted = await h.Api.Telephony.CallPark.ListAsync(sanJose, order: "DSC").ToListAsync();
        var beta = await h.Api.Telephony.CallPark.ListAsync(sanJose, name: "beta").ToListAsync();
        log.Clear();
        var inDenver = await h.Api.Telephony.CallParkExtension.ListAsync(locationId: denver).ToListAsync();
        var denverRequests = log.Paths;
        var byExtension = await h.Api.Telephony.CallParkExtension.ListAsync(extension: "2311").ToListAsync();
        var byName = await h.Api.Telephony.CallParkExtension.ListAsync(name: "spare").ToListAsync();
        var byLocationName = await h.Api.Telephony.CallParkExtension.ListAsync(locationName: "Denver").ToListAsync();

        Assert.Equal(["San Jose call park", "Alpha park", "Beta park"], parks.Select(p => p.Name));
        Assert.Equal(3, parkRequests); // one a page
        Assert.All(parks, p => Assert.Equal(("San Jose", sanJose), (p.LocationName, p.LocationId)));
        Assert.Equal(["San Jose call park", "Beta park", "Alpha park"], sorted.Select(p => p.Name));
        Assert.Equal("Beta park", Assert.Single(beta).Name);
        Assert.Equal(["2080", "2081", "2311"], inDenver.Select(e => e.Extension));
        Assert.Equal(3, denverRequests.Count);
        Assert.All(denverRequests, p => Assert.Contains($"locationId={denver}", p, StringComparison.Ordinal));
        Assert.Equal("Denver spare", Assert.Single(byExtension).Name);
        Assert.Equal("2311", Assert.Single(byName).Extension);
        Assert.Equal(3, byLocationName.Count);
    }
}
