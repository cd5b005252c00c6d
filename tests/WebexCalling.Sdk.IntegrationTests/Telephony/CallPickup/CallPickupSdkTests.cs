using System.Net;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Telephony.CallPickup;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.CallPickup;

/// <summary>api.Telephony.Pickup against the simulator: pickup groups with Webex's one-group-per-person rule.</summary>
public class CallPickupSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private CallPickupApi Pickups => fixture.H.Api.Telephony.Pickup;

    private static CallPickupDetails NewGroup(string name, params string[] agentIds) => new()
    {
        Name = name,
        Agents = agentIds.Select(id => new SettingsMember { MemberId = id }).ToList(),
    };

    [Fact]
    public async Task DemoOrg_EachLocationHasAPickupGroupOfTwoOfItsPeople()
    {
        foreach (int first in new[] { 0, 8, 16, 24 })
        {
            string location = fixture.LocationOfUser(first);
            var group = Assert.Single(await Pickups.ListAsync(location).ToListAsync());
            var details = await Pickups.DetailsAsync(location, group.PickupId!);
            var people = Enumerable.Range(first, 8).Select(fixture.UserId).ToList();

            Assert.Equal(fixture.Users[first]["locationId"]!.GetValue<string>(), group.LocationId);
            Assert.EndsWith(" pickup", group.Name, StringComparison.Ordinal);
            Assert.Equal(PickupNotificationType.AudioOnly, details.NotificationType);
            Assert.Equal(10, details.NotificationDelayTimerSeconds);
            Assert.Equal(2, details.Agents!.Count);
            Assert.All(details.Agents, a => Assert.Contains(a.MemberId, people));
        }
    }

    [Fact]
    public async Task CreateReadUpdateDelete_ReadsBackWhatWasSentThenIs404()
    {
        string austin = fixture.LocationOfUser(16);
        var available = await Pickups.AvailableAgentsAsync(austin).ToListAsync();

        string id = await Pickups.CreateAsync(austin, NewGroup("Austin sales", available[0].MemberId!, available[1].MemberId!));
        var created = await Pickups.DetailsAsync(austin, id);
        string newId = await Pickups.UpdateAsync(austin, id, created with
        {
            Name = "Austin inside sales",
            NotificationType = PickupNotificationType.AudioAndVisual,
            NotificationDelayTimerSeconds = 15,
            Agents = [created.Agents![1], new SettingsMember { MemberId = available[2].MemberId }],
        });
        var updated = await Pickups.DetailsAsync(austin, newId);
        await Pickups.UpdateAsync(austin, newId, new CallPickupDetails { NotificationDelayTimerSeconds = 20 });
        var partly = await Pickups.DetailsAsync(austin, newId);
        await Pickups.DeleteAsync(austin, newId);
        var gone = await Assert.ThrowsAsync<WebexApiException>(() => Pickups.DetailsAsync(austin, newId));
        var listed = await Pickups.ListAsync(austin).ToListAsync();

        Assert.Equal(id, created.PickupId);
        Assert.Equal(austin, created.LocationId);
        Assert.Equal("Austin sales", created.Name);
        Assert.Equal(PickupNotificationType.None, created.NotificationType); // the reference's defaults
        Assert.Equal(6, created.NotificationDelayTimerSeconds);
        Assert.Equal([available[0].MemberId, available[1].MemberId], created.Agents.Select(a => a.MemberId));
        Assert.Equal(available[0].DisplayName, created.Agents[0].DisplayName);

        Assert.NotEqual(id, newId); // the id changes with the name
        Assert.Equal("Austin inside sales", updated.Name);
        Assert.Equal((PickupNotificationType.AudioAndVisual, 15), (updated.NotificationType, updated.NotificationDelayTimerSeconds));
        Assert.Equal([available[1].MemberId, available[2].MemberId], updated.Agents!.Select(a => a.MemberId));
        Assert.Equal(("Austin inside sales", 20, 2), (partly.Name, partly.NotificationDelayTimerSeconds, partly.Agents!.Count));

        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("Call pickup not found.", gone.WebexMessage);
        Assert.False(string.IsNullOrEmpty(gone.TrackingId));
        Assert.DoesNotContain(listed, g => g.PickupId == newId);
    }

    [Fact]
    public async Task AvailableAgents_AMemberOfOneGroupIsNotOfferedAndCannotJoinAnother()
    {
        string denver = fixture.LocationOfUser(8);
        var seeded = await Pickups.DetailsAsync(denver, (await Pickups.ListAsync(denver).FirstAsync()).PickupId!);
        var before = await Pickups.AvailableAgentsAsync(denver).ToListAsync();
        string agent = before[0].MemberId!;

        string id = await Pickups.CreateAsync(denver, NewGroup("Denver support", agent));
        var after = await Pickups.AvailableAgentsAsync(denver).ToListAsync();
        var forThatGroup = await Pickups.AvailableAgentsAsync(denver, callPickupName: "Denver support").ToListAsync();
        var conflict = await Assert.ThrowsAsync<WebexApiException>(() => Pickups.CreateAsync(denver, NewGroup("Denver billing", agent)));
        var seededMember = await Assert.ThrowsAsync<WebexApiException>(() =>
            Pickups.UpdateAsync(denver, id, new CallPickupDetails { Agents = [new SettingsMember { MemberId = seeded.Agents![0].MemberId }] }));
        var byNumber = await Pickups.AvailableAgentsAsync(denver, phoneNumber: before[1].Numbers![0].External).ToListAsync();
        await Pickups.DeleteAsync(denver, id);
        var afterDelete = await Pickups.AvailableAgentsAsync(denver).ToListAsync();

        Assert.Equal(6, before.Count); // eight people, two in the demo group
        Assert.DoesNotContain(before, a => seeded.Agents!.Any(s => s.MemberId == a.MemberId));
        Assert.DoesNotContain(after, a => a.MemberId == agent);
        Assert.Equal(5, after.Count);
        Assert.Contains(forThatGroup, a => a.MemberId == agent);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("already a member of call pickup 'Denver support'", conflict.WebexMessage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, seededMember.StatusCode);
        Assert.Equal(before[1].MemberId, Assert.Single(byNumber).MemberId);
        Assert.Equal(6, afterDelete.Count);
    }

    [Fact]
    public async Task ListAsync_FiltersByNameAndFollowsPages()
    {
        var (h, log) = await TelephonyFeatures.StartRecordedAsync(pageSize: 1);
        await using var _ = h;
        var api = h.Api.Telephony.Pickup;
        string sanJose = (await h.CallingUsersAsync())[0]["locationId"]!.GetValue<string>();
        await api.CreateAsync(sanJose, NewGroup("Night shift"));
        await api.CreateAsync(sanJose, NewGroup("Day shift"));
        log.Clear();

        var all = await api.ListAsync(sanJose).ToListAsync();
        int pages = log.Paths.Count;
        var shifts = await api.ListAsync(sanJose, name: "SHIFT", order: "ASC").ToListAsync();
        log.Clear();
        var first = await api.ListAsync(sanJose).Take(1).ToListAsync();
        int firstRequests = log.Paths.Count;
        var unknown = await Assert.ThrowsAsync<WebexApiException>(() => api.ListAsync("Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzBmMGUwZDBjLTBiMGEtNDkwOC04NzA2LTA1MDQwMzAyMDEwMA").ToListAsync().AsTask());

        Assert.Equal(["San Jose pickup", "Night shift", "Day shift"], all.Select(g => g.Name));
        Assert.Equal(3, pages);
        Assert.All(all, g => Assert.Equal("San Jose", g.LocationName));
        Assert.Equal(["Day shift", "Night shift"], shifts.Select(g => g.Name));
        Assert.Single(first);
        Assert.Equal(1, firstRequests); // stopping early asks for no further page
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("Location not found.", unknown.WebexMessage);
    }
}
