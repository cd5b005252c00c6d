using System.Net;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.Telephony.GuestCalling;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.GuestCalling;

/// <summary>
/// api.Telephony.GuestCalling against the simulator. The settings belong to the organisation, so the tests that change
/// them run on a simulator of their own.
/// </summary>
public class GuestCallingSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private GuestCallingApi GuestCalling => fixture.H.Api.Telephony.GuestCalling;

    [Fact]
    public async Task Read_DemoOrg_ReachesTheSalesQueue()
    {
        var settings = await GuestCalling.ReadAsync();
        var members = await GuestCalling.MembersAsync().ToListAsync();
        var available = await GuestCalling.AvailableMembersAsync().ToListAsync();
        var support = await GuestCalling.AvailableMembersAsync(memberName: "supp").ToListAsync();

        Assert.True(settings.Enabled);
        Assert.True(settings.PrivacyEnabled);
        Assert.False(settings.VideoEnabled);
        var sales = Assert.Single(members);
        Assert.Equal(("Sales", "1099", "+14085550199"), (sales.FirstName, sales.Extension, sales.PhoneNumber));
        Assert.Equal(AvailableNumberOwnerType.CallQueue, sales.Type);
        Assert.Equal("San Jose", sales.Location!.Name);
        Assert.DoesNotContain(available, m => m.Id == sales.Id);
        Assert.Equal("Support", Assert.Single(support).FirstName);
    }

    [Fact]
    public async Task Update_ReplacesTheDestinations_AndReadsBack()
    {
        await using var h = await SimHarness.StartAsync(Transport.InProcess, seed: sim => sim.Seed.DemoOrg());
        var api = h.Api.Telephony.GuestCalling;
        var users = await h.CallingUsersAsync();
        string denver = users[8]["locationId"]!.GetValue<string>();
        string huntGroup = await h.Api.Telephony.HuntGroup.CreateAsync(denver,
            TelephonyFeatures.NewHuntGroup("Denver reception", "2075", users[8]["id"]!.GetValue<string>()));
        var available = await api.AvailableMembersAsync().ToListAsync();
        string support = available.Single(m => m.FirstName == "Support").Id!;

        await api.UpdateAsync(true, false, [support, huntGroup]);
        var settings = await api.ReadAsync();
        var members = await api.MembersAsync().ToListAsync();
        var byExtension = await api.MembersAsync(extension: "2075").ToListAsync();
        var nowAvailable = await api.AvailableMembersAsync().ToListAsync();
        await h.Api.Telephony.HuntGroup.DeleteAsync(denver, huntGroup);
        var afterDelete = await api.MembersAsync().ToListAsync();

        Assert.Contains(available, m => m.Id == huntGroup && m.Type == AvailableNumberOwnerType.HuntGroup);
        Assert.True(settings.Enabled);
        Assert.False(settings.PrivacyEnabled);
        Assert.Equal([support, huntGroup], members.Select(m => m.Id));
        Assert.Equal("Denver reception", Assert.Single(byExtension).FirstName);
        Assert.Contains(nowAvailable, m => m.FirstName == "Sales"); // no longer a destination
        Assert.DoesNotContain(nowAvailable, m => m.Id == support || m.Id == huntGroup);
        Assert.Equal([support], afterDelete.Select(m => m.Id));
    }

    [Fact]
    public async Task Update_UnknownDestination_Is404AndChangesNothing()
    {
        await using var h = await SimHarness.StartAsync(Transport.InProcess, seed: sim => sim.Seed.DemoOrg());
        var api = h.Api.Telephony.GuestCalling;

        var e = await Assert.ThrowsAsync<WebexApiException>(() => api.UpdateAsync(false, false, ["Y2lzY29zcGFyazovL3VzL0NBTExfUVVFVUUvbm9uZQ"]));
        var settings = await api.ReadAsync();
        var members = await api.MembersAsync().ToListAsync();

        Assert.Equal(HttpStatusCode.NotFound, e.StatusCode);
        Assert.Equal("Destination member 'Y2lzY29zcGFyazovL3VzL0NBTExfUVVFVUUvbm9uZQ' not found.", e.WebexMessage);
        Assert.False(string.IsNullOrEmpty(e.TrackingId));
        Assert.True(settings.Enabled);
        Assert.Equal(["Sales"], members.Select(m => m.FirstName));
    }

    [Fact]
    public async Task AvailableMembers_SmallPages_FollowsLinksAndKeepsFilters()
    {
        var (h, log) = await TelephonyFeatures.StartRecordedAsync(pageSize: 1);
        await using var _ = h;
        var users = await h.CallingUsersAsync();
        string austin = users[16]["locationId"]!.GetValue<string>(), agent = users[16]["id"]!.GetValue<string>();
        await h.Api.Telephony.HuntGroup.CreateAsync(austin, TelephonyFeatures.NewHuntGroup("Austin line A", "3071", agent));
        await h.Api.Telephony.HuntGroup.CreateAsync(austin, TelephonyFeatures.NewHuntGroup("Austin line B", "3072", agent));
        log.Clear();

        var all = await h.Api.Telephony.GuestCalling.AvailableMembersAsync().ToListAsync();
        int pages = log.Paths.Count;
        log.Clear();
        var lines = await h.Api.Telephony.GuestCalling.AvailableMembersAsync(memberName: "Austin line").ToListAsync();

        // the call queue and the demo hunt groups and auto attendants not yet destinations, then the new hunt groups
        Assert.Contains(all, m => m.FirstName == "Support");
        Assert.Contains(all, m => m.FirstName == "Austin hunt group");
        Assert.Equal(["Austin line A", "Austin line B"], all.Select(m => m.FirstName!).Where(n => n.StartsWith("Austin line", StringComparison.Ordinal)));
        Assert.Equal(all.Count, all.Select(m => m.Id).Distinct().Count());
        Assert.Equal(all.Count, pages); // one per page
        Assert.Equal(["Austin line A", "Austin line B"], lines.Select(m => m.FirstName));
        Assert.Equal(2, log.Paths.Count);
        Assert.All(log.Paths, p => Assert.Contains("memberName=Austin", p, StringComparison.Ordinal));
    }
}
