using System.Text.Json;
using System.Net;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.Telephony.CallQueue;
using WebexCalling.Sdk.Telephony.HuntGroup;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.HuntGroup;

/// <summary>api.Telephony.HuntGroup against the simulator, which serves it from the description (sim: generated).</summary>
public class HuntGroupSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private HuntGroupApi HuntGroups => fixture.H.Api.Telephony.HuntGroup;

    [Fact]
    public async Task CreateReadUpdateDelete_ReadsBackWhatWasSentThenIs404()
    {
        string austin = fixture.LocationOfUser(16);
        var free = await HuntGroups.PrimaryAvailablePhoneNumbersAsync(austin).Select(n => n.PhoneNumber!).ToListAsync();

        string id = await HuntGroups.CreateAsync(austin, TelephonyFeatures.NewHuntGroup("Austin help desk", "3070", fixture.UserId(16), fixture.UserId(17)));
        var created = await HuntGroups.DetailsAsync(austin, id);
        await HuntGroups.UpdateAsync(austin, id, created with
        {
            Name = "Austin service desk",
            PhoneNumber = free[0],
            DistinctiveRing = true,
            AlternateNumbers = [new AlternateNumber { PhoneNumber = free[1], RingPattern = RingPattern.ShortShortLong }],
            CallPolicies = created.CallPolicies! with
            {
                Policy = Policy.Weighted,
                BusyRedirect = new BusinessContinuity { Enabled = true, Destination = "+15125550100", DestinationVoicemailEnabled = false },
            },
            Agents = [new Agent { AgentId = fixture.UserId(16), Weight = "70" }, new Agent { AgentId = fixture.UserId(18), Weight = "30" }],
            DirectLineCallerIdName = new DirectLineCallerIdName { Selection = DirectLineCallerIdNameSelection.CustomName, CustomName = "Service" },
        });
        var updated = await HuntGroups.DetailsAsync(austin, id);
        await HuntGroups.DeleteAsync(austin, id);
        var gone = await Assert.ThrowsAsync<WebexApiException>(() => HuntGroups.DetailsAsync(austin, id));
        var listed = await HuntGroups.ListAsync(locationId: austin).ToListAsync();

        Assert.Equal(id, created.Id);
        Assert.Equal(austin, created.LocationId);
        Assert.Equal("Austin help desk", created.Name);
        Assert.Equal("3070", created.Extension);
        Assert.Null(created.PhoneNumber); // none given: not the official example's
        Assert.Equal("America/Chicago", created.TimeZone); // the location's
        Assert.Equal(Policy.Circular, created.CallPolicies!.Policy);
        Assert.Equal(3, created.CallPolicies.NoAnswer!.NextAgentRings);
        Assert.Equal([fixture.UserId(16), fixture.UserId(17)], created.Agents!.Select(a => a.AgentId));
        Assert.Empty(created.AlternateNumbers!);

        Assert.Equal("Austin service desk", updated.Name);
        Assert.Equal(free[0], updated.PhoneNumber);
        Assert.Equal("3070", updated.Extension);
        Assert.True(updated.DistinctiveRing);
        var alternate = Assert.Single(updated.AlternateNumbers!);
        Assert.Equal((free[1], RingPattern.ShortShortLong), (alternate.PhoneNumber, alternate.RingPattern));
        Assert.Equal(Policy.Weighted, updated.CallPolicies!.Policy);
        Assert.Equal(3, updated.CallPolicies.NoAnswer!.NextAgentRings);
        Assert.Equal("+15125550100", updated.CallPolicies.BusyRedirect!.Destination);
        Assert.Equal([(fixture.UserId(16), "70"), (fixture.UserId(18), "30")], updated.Agents!.Select(a => (a.AgentId, a.Weight)));
        Assert.Equal("Service", updated.DirectLineCallerIdName!.CustomName);

        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("Hunt group not found.", gone.WebexMessage);
        Assert.False(string.IsNullOrEmpty(gone.TrackingId));
        Assert.DoesNotContain(listed, g => g.Id == id);
    }

    [Fact]
    public async Task CreateAndUpdate_FieldsAHuntGroupDoesNotHave_AreNotReadBack()
    {
        string newYork = fixture.LocationOfUser(24);
        var unknown = JsonSerializer.SerializeToElement("surprise");
        var group = TelephonyFeatures.NewHuntGroup("New York overflow", "4071", fixture.UserId(24)) with
        {
            ExtensionData = new() { ["notAHuntGroupField"] = unknown },
        };

        string id = await HuntGroups.CreateAsync(newYork, group);
        var created = await HuntGroups.DetailsAsync(newYork, id);
        await HuntGroups.UpdateAsync(newYork, id, new HuntGroupDetails
        {
            Name = "New York overflow 2",
            CallPolicies = new HuntGroupCallPolicies { ExtensionData = new() { ["alsoUnknown"] = unknown } },
        });
        var updated = await HuntGroups.DetailsAsync(newYork, id);
        await HuntGroups.DeleteAsync(newYork, id);

        Assert.Equal("New York overflow", created.Name);
        Assert.Null(created.ExtensionData);
        Assert.Equal("New York overflow 2", updated.Name);
        Assert.Null(updated.ExtensionData);
        Assert.Null(updated.CallPolicies!.ExtensionData);
        Assert.Equal(Policy.Circular, updated.CallPolicies.Policy); // the known fields beside it are kept
    }

    [Fact]
    public async Task UpdateAsync_OnlyEnabled_LeavesTheRestAsItWas()
    {
        string denver = fixture.LocationOfUser(8);
        string id = await HuntGroups.CreateAsync(denver, TelephonyFeatures.NewHuntGroup("Denver front desk", "2070", fixture.UserId(8)));
        var before = await HuntGroups.DetailsAsync(denver, id);

        await HuntGroups.UpdateAsync(denver, id, new HuntGroupDetails { Enabled = false });
        var after = await HuntGroups.DetailsAsync(denver, id);

        Assert.True(before.Enabled);
        Assert.False(after.Enabled);
        Assert.Equal((before.Name, before.Extension, before.TimeZone), (after.Name, after.Extension, after.TimeZone));
        Assert.Equal(before.CallPolicies!.Policy, after.CallPolicies!.Policy);
        Assert.Equal(before.CallPolicies.NoAnswer!.NumberOfRings, after.CallPolicies.NoAnswer!.NumberOfRings);
        Assert.Equal(before.Agents!.Select(a => a.AgentId), after.Agents!.Select(a => a.AgentId));
    }

    [Fact]
    public async Task ListAsync_SmallPages_FollowsLinksAndKeepsFilters()
    {
        var (h, log) = await TelephonyFeatures.StartRecordedAsync(pageSize: 1);
        await using var _ = h;
        var api = h.Api.Telephony.HuntGroup;
        var users = await h.CallingUsersAsync();
        string sanJose = users[0]["locationId"]!.GetValue<string>(), denver = users[8]["locationId"]!.GetValue<string>();
        string agent = users[0]["id"]!.GetValue<string>();
        await api.CreateAsync(sanJose, TelephonyFeatures.NewHuntGroup("Sales line", "1070", agent));
        await api.CreateAsync(sanJose, TelephonyFeatures.NewHuntGroup("Support line", "1071", agent) with { PhoneNumber = "+14085550171" });
        await api.CreateAsync(denver, TelephonyFeatures.NewHuntGroup("Sales Denver", "2071", agent));
        log.Clear();

        var listed = await api.ListAsync().ToListAsync();
        int pagesForAll = log.Paths.Count;
        var all = listed.Skip(4).ToList(); // after the demo organisation's hunt group of each location
        log.Clear();
        var inSanJose = await api.ListAsync(locationId: sanJose).ToListAsync();
        var sanJoseRequests = log.Paths;
        var sales = await api.ListAsync(name: "Sales").ToListAsync();
        var byNumber = await api.ListAsync(phoneNumber: "+14085550171").ToListAsync();
        var byExtension = await api.ListAsync(phoneNumber: "2071").ToListAsync();
        log.Clear();
        var first = await api.ListAsync().Take(1).ToListAsync();

        Assert.Equal(["Sales line", "Support line", "Sales Denver"], all.Select(g => g.Name));
        Assert.Equal(7, pagesForAll); // one group a page: six further pages through the Link header
        Assert.All(all, g => Assert.False(string.IsNullOrEmpty(g.Id)));
        Assert.Equal(["San Jose", "San Jose", "Denver"], all.Select(g => g.LocationName));
        Assert.Equal([sanJose, sanJose, denver], all.Select(g => g.LocationId));
        Assert.All(all, g => Assert.True(g.Enabled));
        Assert.Equal("+14085550171", all[1].PhoneNumber);
        Assert.Equal(["San Jose hunt group", "Sales line", "Support line"], inSanJose.Select(g => g.Name));
        Assert.Equal(3, sanJoseRequests.Count);
        Assert.All(sanJoseRequests, p => Assert.Contains($"locationId={sanJose}", p, StringComparison.Ordinal));
        Assert.All(sanJoseRequests, p => Assert.Contains("max=1", p, StringComparison.Ordinal));
        Assert.Equal(["Sales line", "Sales Denver"], sales.Select(g => g.Name));
        Assert.Equal("Support line", Assert.Single(byNumber).Name);
        Assert.Equal("Sales Denver", Assert.Single(byExtension).Name);
        Assert.Single(first);
        Assert.Single(log.Paths); // stopping early asks for no further page
    }

    [Fact]
    public async Task AvailableNumbers_ListedAndNarrowedByNumberAndExtension()
    {
        string sanJose = fixture.LocationOfUser(0);

        var primary = await HuntGroups.PrimaryAvailablePhoneNumbersAsync(sanJose).ToListAsync();
        var alternate = await HuntGroups.AlternateAvailablePhoneNumbersAsync(sanJose).ToListAsync();
        var forward = await HuntGroups.ForwardAvailablePhoneNumbersAsync(sanJose).ToListAsync();
        var two = await HuntGroups.PrimaryAvailablePhoneNumbersAsync(sanJose, phoneNumber: [primary[0].PhoneNumber!, primary[2].PhoneNumber!]).ToListAsync();
        var byExtension = await HuntGroups.ForwardAvailablePhoneNumbersAsync(sanJose, extension: forward[1].Extension).ToListAsync();

        Assert.NotEmpty(primary);
        Assert.All(primary, n => Assert.NotNull(n.State));
        Assert.NotEmpty(alternate);
        Assert.All(forward, n => Assert.False(string.IsNullOrEmpty(n.Owner!.OwnerId)));
        Assert.Equal([primary[0].PhoneNumber, primary[2].PhoneNumber], two.Select(n => n.PhoneNumber));
        Assert.Equal(forward[1].PhoneNumber, Assert.Single(byExtension).PhoneNumber);
    }

    [Fact]
    public async Task UnknownIdOrLocation_IsWebex404WithMessageAndTrackingId()
    {
        string sanJose = fixture.LocationOfUser(0);

        var unknownGroup = await Assert.ThrowsAsync<WebexApiException>(() => HuntGroups.DetailsAsync(sanJose, "Y2lzY29zcGFyazovL3VzL0hVTlRfR1JPVVAvbm9uZQ"));
        var unknownDelete = await Assert.ThrowsAsync<WebexApiException>(() => HuntGroups.DeleteAsync(sanJose, "Y2lzY29zcGFyazovL3VzL0hVTlRfR1JPVVAvbm9uZQ"));
        var unknownLocation = await Assert.ThrowsAsync<WebexApiException>(() =>
            HuntGroups.CreateAsync("Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OL25vbmU", TelephonyFeatures.NewHuntGroup("Nowhere", "9070")));

        Assert.Equal(HttpStatusCode.NotFound, unknownGroup.StatusCode);
        Assert.Equal("Hunt group not found.", unknownGroup.WebexMessage);
        Assert.False(string.IsNullOrEmpty(unknownGroup.TrackingId));
        Assert.Equal("GET", unknownGroup.Method);
        Assert.Equal(HttpStatusCode.NotFound, unknownDelete.StatusCode);
        Assert.Equal("DELETE", unknownDelete.Method);
        Assert.Equal(HttpStatusCode.NotFound, unknownLocation.StatusCode);
        Assert.Equal("Location not found.", unknownLocation.WebexMessage);
    }
}
