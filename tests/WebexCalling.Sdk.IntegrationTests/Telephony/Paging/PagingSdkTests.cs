using System.Net;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.Telephony.CallQueue;
using WebexCalling.Sdk.Telephony.Paging;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.Paging;

/// <summary>api.Telephony.Paging against the simulator: originators and targets sent as ids, read back as people.</summary>
public class PagingSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private PagingApi Groups => fixture.H.Api.Telephony.Paging;

    private static List<Agent> People(params string[] ids) => ids.Select(id => new Agent { AgentId = id }).ToList();

    [Fact]
    public async Task DemoOrg_EachLocationHasAPagingGroupWithAnOriginatorAndTwoTargets()
    {
        var all = await Groups.ListAsync(name: "paging").ToListAsync();
        var details = await Task.WhenAll(all.Select(g => Groups.DetailsAsync(g.LocationId!, g.PagingId!)));

        Assert.Equal(["San Jose paging", "Denver paging", "Austin paging", "New York paging"], all.Select(g => g.Name));
        Assert.Equal(["1085", "2085", "3085", "4085"], all.Select(g => g.Extension));
        Assert.All(details, d => Assert.Single(d.Originators!));
        Assert.All(details, d => Assert.Equal(2, d.Targets!.Count));
        Assert.All(details.Zip(all), x => Assert.All(x.First.Targets!.Concat(x.First.Originators!),
            a => Assert.Equal(x.Second.LocationId, fixture.Users.Single(u => u["id"]!.GetValue<string>() == a.AgentId)["locationId"]!.GetValue<string>())));
        Assert.All(details, d => Assert.True(d.Enabled));
    }

    [Fact]
    public async Task CreateReadUpdateDelete_ReadsBackWhatWasSentThenIs404()
    {
        string austin = fixture.LocationOfUser(16);
        var free = await Groups.PrimaryAvailablePhoneNumbersAsync(austin).Select(n => n.PhoneNumber!).ToListAsync();

        string id = await Groups.CreateAsync(austin, new PagingDetails
        {
            Name = "Austin warehouse",
            PhoneNumber = free[0],
            Extension = "3350",
            OriginatorCallerIdEnabled = true,
            Originators = People(fixture.UserId(16)),
            Targets = People(fixture.UserId(17), fixture.UserId(18)),
        });
        var created = await Groups.DetailsAsync(austin, id);
        var freeAfter = await Groups.PrimaryAvailablePhoneNumbersAsync(austin).Select(n => n.PhoneNumber!).ToListAsync();
        await Groups.UpdateAsync(austin, id, created with
        {
            Enabled = false,
            Name = "Austin warehouse floor",
            Targets = People(fixture.UserId(19)),
            DirectLineCallerIdName = new DirectLineCallerIdName { Selection = DirectLineCallerIdNameSelection.CustomName, CustomName = "Warehouse" },
            DialByName = "Warehouse",
        });
        var updated = await Groups.DetailsAsync(austin, id);
        await Groups.DeleteAsync(austin, id);
        var gone = await Assert.ThrowsAsync<WebexApiException>(() => Groups.DetailsAsync(austin, id));
        var freeAtLast = await Groups.PrimaryAvailablePhoneNumbersAsync(austin).Select(n => n.PhoneNumber!).ToListAsync();

        Assert.Equal((id, austin, "Austin warehouse"), (created.PagingId, created.LocationId, created.Name));
        Assert.Equal((free[0], "3350"), (created.PhoneNumber, created.Extension));
        Assert.True(created.Enabled);
        Assert.True(created.OriginatorCallerIdEnabled);
        Assert.Equal(("en_us", "English"), (created.LanguageCode, created.Language));
        Assert.Equal([fixture.UserId(16)], created.Originators!.Select(a => a.AgentId));
        Assert.Equal([fixture.UserId(17), fixture.UserId(18)], created.Targets!.Select(a => a.AgentId));
        Assert.Equal(fixture.Users[17]["extension"]!.GetValue<string>(), created.Targets![0].Extension);
        Assert.Equal(UserType.People, created.Targets[0].UserType);
        Assert.DoesNotContain(free[0], freeAfter);

        Assert.False(updated.Enabled);
        Assert.Equal("Austin warehouse floor", updated.Name);
        Assert.Equal([fixture.UserId(16)], updated.Originators!.Select(a => a.AgentId));
        Assert.Equal([fixture.UserId(19)], updated.Targets!.Select(a => a.AgentId));
        Assert.Equal(("Warehouse", "Warehouse"), (updated.DirectLineCallerIdName!.CustomName, updated.DialByName));

        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("Paging group not found.", gone.WebexMessage);
        Assert.False(string.IsNullOrEmpty(gone.TrackingId));
        Assert.Contains(free[0], freeAtLast);
    }

    [Fact]
    public async Task CreateAsync_TakenExtensionOrNoNumber_IsRejected()
    {
        string denver = fixture.LocationOfUser(8);

        var noNumber = await Assert.ThrowsAsync<WebexApiException>(() => Groups.CreateAsync(denver, new PagingDetails { Name = "Denver yard" }));
        var taken = await Assert.ThrowsAsync<WebexApiException>(() => Groups.CreateAsync(denver, new PagingDetails { Name = "Denver yard", Extension = "2085" }));
        var foreignTarget = await Assert.ThrowsAsync<WebexApiException>(() =>
            Groups.CreateAsync(denver, new PagingDetails { Name = "Denver yard", Extension = "2351", Targets = People(fixture.UserId(0)) }));

        Assert.Equal(HttpStatusCode.BadRequest, noNumber.StatusCode);
        Assert.Equal("Either phoneNumber or extension is mandatory.", noNumber.WebexMessage);
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal("Extension 2085 is already in use in location Denver.", taken.WebexMessage);
        Assert.Equal(HttpStatusCode.BadRequest, foreignTarget.StatusCode);
    }

    [Fact]
    public async Task ListAsync_FiltersByLocationNameAndNumber_AndFollowsPages()
    {
        var (h, log) = await TelephonyFeatures.StartRecordedAsync(pageSize: 1);
        await using var _ = h;
        var api = h.Api.Telephony.Paging;
        var users = await h.CallingUsersAsync();
        string sanJose = users[0]["locationId"]!.GetValue<string>(), newYork = users[24]["locationId"]!.GetValue<string>();
        await api.CreateAsync(sanJose, new PagingDetails { Name = "Lobby speakers", Extension = "1351" });
        await api.CreateAsync(newYork, new PagingDetails { Name = "Lobby New York", PhoneNumber = "+12125550450" });
        log.Clear();

        var all = await api.ListAsync().ToListAsync();
        int pages = log.Paths.Count;
        log.Clear();
        var inSanJose = await api.ListAsync(locationId: sanJose).ToListAsync();
        var sanJoseRequests = log.Paths;
        var lobby = await api.ListAsync(name: "lobby").ToListAsync();
        var byExtension = await api.ListAsync(phoneNumber: "1351").ToListAsync();
        var byNumber = await api.ListAsync(phoneNumber: "+12125550450").ToListAsync();

        Assert.Equal(6, all.Count);
        Assert.Equal(6, pages);
        Assert.Equal(["San Jose paging", "Lobby speakers"], inSanJose.Select(g => g.Name));
        Assert.All(sanJoseRequests, p => Assert.Contains($"locationId={sanJose}", p, StringComparison.Ordinal));
        Assert.Equal(["Lobby speakers", "Lobby New York"], lobby.Select(g => g.Name));
        Assert.Equal("Lobby speakers", Assert.Single(byExtension).Name);
        Assert.Equal(("Lobby New York", "New York", newYork), (Assert.Single(byNumber).Name, byNumber[0].LocationName, byNumber[0].LocationId));
    }
}
