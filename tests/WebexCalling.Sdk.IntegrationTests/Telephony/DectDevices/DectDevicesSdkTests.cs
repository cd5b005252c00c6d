using System.Net;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Telephony.DectDevices;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.DectDevices;

/// <summary>
/// api.Telephony.DectDevices (and api.Telephony.VirtualLines.DectNetworksAsync) against the simulator's demo
/// organisation: per location a DBS-210 network "&lt;city&gt; DECT" with one base station, a handset with a person of the
/// location and one with the lobby workspace and the front-desk virtual line. Tests that change state create their own
/// networks (names and access codes no other test uses) or use locations no other test changes.
/// </summary>
public class DectDevicesSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private DectDevicesApi Api => fixture.H.Api.Telephony.DectDevices;

    private static async Task<WebexApiException> AssertFailsAsync(HttpStatusCode status, Func<Task> call)
    {
        var e = await Assert.ThrowsAsync<WebexApiException>(call);
        Assert.Equal(status, e.StatusCode);
        Assert.False(string.IsNullOrEmpty(e.WebexMessage));
        return e;
    }

    private async Task<DectNetworkDetail> SeededNetworkAsync(string city) =>
        Assert.Single(await Api.ListDectNetworksAsync(name: city + " DECT"));

    [Fact]
    public async Task CreateNetwork_AddBaseStationAndHandset_PersonListsItUntilTheNetworkIsDeleted()
    {
        string austin = fixture.LocationOfUser(16);
        string person = fixture.UserId(17);

        string id = (await Api.CreateDectNetworkAsync(austin, "Warehouse", DectNetworkModel.CiscoDect210Base, true, "7345",
            displayName: "Warehouse"))!;
        var stations = await Api.CreateBaseStationsAsync(austin, id, ["aabbccddee01"]);
        await Api.AddAHandsetAsync(austin, id, person, "Picker 1");
        var created = await Api.DectNetworkDetailsAsync(austin, id);
        var handsets = await Api.ListHandsetsAsync(austin, id);
        var personsNetworks = await Api.DectNetworksAssociatedWithPersonAsync(person);

        await Api.DeleteDectNetworkAsync(austin, id);
        var personsAfter = await Api.DectNetworksAssociatedWithPersonAsync(person);
        await AssertFailsAsync(HttpStatusCode.NotFound, () => Api.DectNetworkDetailsAsync(austin, id));
        await AssertFailsAsync(HttpStatusCode.NotFound, () => Api.BaseStationDetailsAsync(austin, id, stations[0].Result!.Id!));
        var listed = await Api.ListDectNetworksAsync(locationId: austin);

        var station = Assert.Single(stations);
        Assert.Equal((201, "aabbccddee01"), (station.Result!.Status, station.Mac));
        Assert.Equal(("Warehouse", DectNetworkModel.DmsCiscoDbs210, true, "7345"),
            (created.Name, created.Model, created.DefaultAccessCodeEnabled, created.DefaultAccessCode));
        Assert.Equal((1, 1, 1), (created.NumberOfBaseStations, created.NumberOfHandsetsAssigned, created.NumberOfLines));
        Assert.Equal(austin, created.Location!.Id);
        var handset = Assert.Single(handsets.Handsets!);
        Assert.Equal(("Picker 1", "7345"), (handset.CustomDisplayName, handset.AccessCode));
        var line = Assert.Single(handset.Lines!);
        Assert.Equal((person, UserType.People, austin), (line.MemberId, line.MemberType, line.Location!.Id));
        var network = Assert.Single(personsNetworks, n => n.Id == id);
        Assert.Equal(("Warehouse", 1), (network.Name, network.NumberOfHandsetsAssigned));
        Assert.DoesNotContain(personsAfter, n => n.Id == id);
        Assert.DoesNotContain(listed, n => n.Id == id);
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task SeededNetworks_OnePerLocation_WithABaseStationAndTwoHandsets(Transport transport)
    {
        await using var h = await SimHarness.StartAsync(transport, seed: sim => sim.Seed.DemoOrg());
        var api = h.Api.Telephony.DectDevices;
        var lobby = h.Sim.Workspaces().First(w => w.DisplayName == "Denver Lobby");
        var frontDesk = h.Sim.VirtualLines().First(v => v.DisplayName == "Front Desk Denver");

        var networks = await api.ListDectNetworksAsync();
        var denver = Assert.Single(networks, n => n.Name == "Denver DECT");
        var details = await api.DectNetworkDetailsAsync(denver.Location!.Id!, denver.Id!);
        var stations = await api.ListBaseStationsAsync(denver.Location.Id!, denver.Id!);
        var station = await api.BaseStationDetailsAsync(denver.Location.Id!, denver.Id!, stations[0].Id!);
        var handsets = await api.ListHandsetsAsync(denver.Location.Id!, denver.Id!);
        var lobbyNetworks = await api.DectNetworksAssociatedWithWorkspaceAsync(lobby.Id);
        var lineNetworks = await h.Api.Telephony.VirtualLines.DectNetworksAsync(frontDesk.Id);
        var sameFromDect = await api.DectNetworksAssociatedWithVirtualLineAsync(frontDesk.Id);

        Assert.Equal(["Austin DECT", "Denver DECT", "New York DECT", "San Jose DECT"], networks.Select(n => n.Name).Order(StringComparer.Ordinal));
        Assert.Equal(denver, details with { ExtensionData = denver.ExtensionData });
        Assert.Equal((DectNetworkModel.DmsCiscoDbs210, "2551", 1, 2, 3),
            (details.Model, details.DefaultAccessCode, details.NumberOfBaseStations, details.NumberOfHandsetsAssigned, details.NumberOfLines));
        Assert.Equal(3, Assert.Single(stations).NumberOfLinesRegistered);
        Assert.Equal(2, station.Handsets!.Count);
        Assert.Equal((2, 3), (handsets.NumberOfHandsetsAssigned, handsets.NumberOfLinesAssigned));
        var shared = Assert.Single(handsets.Handsets!, x => x.Lines!.Count == 2);
        Assert.Equal([lobby.Id, frontDesk.Id], shared.Lines!.Select(l => l.MemberId));
        Assert.Equal([UserType.Place, UserType.VirtualLine], shared.Lines!.Select(l => l.MemberType!.Value));
        Assert.Equal("2070", shared.Lines![0].Extension);
        Assert.Equal("8022070", shared.Lines[0].Esn);
        Assert.Equal((denver.Id, 1), (Assert.Single(lobbyNetworks).Id, lobbyNetworks[0].NumberOfHandsetsAssigned));
        var lineNetwork = Assert.Single(lineNetworks);
        Assert.Equal((denver.Id, false, "Denver"), (lineNetwork.Id, lineNetwork.PrimaryEnabled, lineNetwork.Location!.Name));
        Assert.Equal(lineNetworks, sameFromDect);
        Assert.Equal(2, (await api.DeviceTypeListAsync()).Count);
    }

    [Fact]
    public async Task NetworkRules_NameAccessCodeAndModel_AnswerTheDocumentedErrors()
    {
        string newYork = fixture.LocationOfUser(24);
        var seeded = await SeededNetworkAsync("New York");

        var duplicate = await AssertFailsAsync(HttpStatusCode.Conflict,
            () => Api.CreateDectNetworkAsync(newYork, "New York DECT", DectNetworkModel.DmsCiscoDbs110, false));
        await AssertFailsAsync(HttpStatusCode.Conflict,
            () => Api.CreateDectNetworkAsync(newYork, "Other", DectNetworkModel.DmsCiscoDbs110, true, seeded.DefaultAccessCode));
        await AssertFailsAsync(HttpStatusCode.BadRequest,
            () => Api.CreateDectNetworkAsync(newYork, "Other", DectNetworkModel.DmsCiscoDbs110, true, "12a4"));
        await AssertFailsAsync(HttpStatusCode.BadRequest,
            () => Api.CreateDectNetworkAsync(newYork, "Other", DectNetworkModel.DmsCiscoDbs110, true));
        await AssertFailsAsync(HttpStatusCode.BadRequest,
            () => Api.CreateDectNetworkAsync(newYork, "Other", DectNetworkModel.FromWire("DBS999"), false));
        await AssertFailsAsync(HttpStatusCode.BadRequest,
            () => Api.CreateDectNetworkAsync(newYork, "Other", DectNetworkModel.DmsCiscoDbs110, false, displayName: "Twelve chars"));

        // a single-cell network takes one base station: the second MAC address is refused in the answer
        string single = (await Api.CreateDectNetworkAsync(newYork, "Single cell", DectNetworkModel.DmsCiscoDbs110, false))!;
        var added = await Api.CreateBaseStationsAsync(newYork, single, ["aabbccddee21", "aabbccddee22", "not-a-mac"]);
        var duplicateMac = await Api.CreateBaseStationsAsync(newYork, seeded.Id!, ["AABBCCDDEE21"]);
        var details = await Api.DectNetworkDetailsAsync(newYork, single);

        Assert.Contains("New York DECT", duplicate.WebexMessage, StringComparison.Ordinal);
        Assert.Equal([201, 400, 400], added.Select(a => a.Result!.Status!.Value));
        Assert.Equal(409, Assert.Single(duplicateMac).Result!.Status);
        Assert.Equal((1, false, (string?)null), (details.NumberOfBaseStations, details.DefaultAccessCodeEnabled, details.DefaultAccessCode));
        await AssertFailsAsync(HttpStatusCode.NotFound, () => Api.DectNetworkDetailsAsync(fixture.LocationOfUser(0), single));
    }

    [Fact]
    public async Task UpdateDectNetworkSettingsAsync_FromARead_ChangesNameAndAccessCode()
    {
        string sanJose = fixture.LocationOfUser(0);
        string id = (await Api.CreateDectNetworkAsync(sanJose, "Lab", DectNetworkModel.DmsCiscoDbs210, true, "4821"))!;
        var read = await Api.DectNetworkDetailsAsync(sanJose, id);

        await Api.UpdateDectNetworkSettingsAsync(read with { Name = "Lab 2", DisplayName = "Lab two", DefaultAccessCode = "4822" });
        var renamed = await Api.DectNetworkDetailsAsync(sanJose, id);
        await Api.UpdateDectNetworkAsync(sanJose, id, "Lab 3", defaultAccessCodeEnabled: false);
        var plain = await Api.DectNetworkDetailsAsync(sanJose, id);

        Assert.Equal(("Lab 2", "Lab two", "4822"), (renamed.Name, renamed.DisplayName, renamed.DefaultAccessCode));
        Assert.Equal(read.ChainId, renamed.ChainId);
        Assert.Equal(("Lab 3", "Lab two", false, (string?)null), (plain.Name, plain.DisplayName, plain.DefaultAccessCodeEnabled, plain.DefaultAccessCode));
    }

    [Fact]
    public async Task Handsets_LinesOfAnotherLocationOrAVirtualLineFirst_AreRefusedAndBulkAnswersPerHandset()
    {
        string denver = fixture.LocationOfUser(8);
        var seeded = await SeededNetworkAsync("Denver");
        var frontDesk = fixture.H.Sim.VirtualLines().First(v => v.DisplayName == "Front Desk Denver");
        string denverPerson = fixture.UserId(9), sanJosePerson = fixture.UserId(1);
        string id = (await Api.CreateDectNetworkAsync(denver, "Dock", DectNetworkModel.DmsCiscoDbs210, false))!;

        var otherLocation = await AssertFailsAsync(HttpStatusCode.BadRequest,
            () => Api.AddAHandsetAsync(denver, id, sanJosePerson, "Visitor"));
        await AssertFailsAsync(HttpStatusCode.BadRequest, () => Api.AddAHandsetAsync(denver, id, frontDesk.Id, "Desk"));
        await AssertFailsAsync(HttpStatusCode.BadRequest, () => Api.AddAHandsetAsync(denver, id, denverPerson, "A name of 17 chars"));
        var results = await Api.AddListOfHandsetsAsync(denver, id,
        [
            new AddDectHandset { Line1MemberId = denverPerson, Line2MemberId = frontDesk.Id, CustomDisplayName = "Dock 1" },
            new AddDectHandset { Line1MemberId = sanJosePerson, CustomDisplayName = "Dock 2" },
        ]);
        var list = await Api.ListHandsetsAsync(denver, id);
        var byMember = await Api.ListHandsetsAsync(denver, id, memberId: frontDesk.Id);
        var handset = await Api.HandsetDetailsAsync(denver, id, list.Handsets![0].Id!);
        var lineNetworks = await fixture.H.Api.Telephony.VirtualLines.DectNetworksAsync(frontDesk.Id);

        Assert.StartsWith("[Error 4516]", otherLocation.WebexMessage, StringComparison.Ordinal);
        Assert.Equal([("Dock 1", 200, (int?)null), ("Dock 2", 400, 4516)],
            results.Select(r => (r.CustomDisplayName, r.Result!.Status!.Value, r.Result.Error?.ErrorCode)));
        Assert.Equal((1, 2), (list.NumberOfHandsetsAssigned, list.NumberOfLinesAssigned));
        Assert.Single(byMember.Handsets!);
        Assert.Equal("Dock 1", handset.CustomDisplayName);
        Assert.Null(handset.BaseStationId); // no base station to register with yet
        Assert.Equal(new[] { seeded.Id, id }.Order(StringComparer.Ordinal), lineNetworks.Select(n => n.Id).Order(StringComparer.Ordinal));

        // the update sets both lines: without a second member the virtual line leaves the handset
        await Api.UpdateHandsetAsync(denver, id, handset.Id!, denverPerson, "Dock one");
        var updated = await Api.HandsetDetailsAsync(denver, id, handset.Id!);
        var lineNetworksAfter = await fixture.H.Api.Telephony.VirtualLines.DectNetworksAsync(frontDesk.Id);
        Assert.Equal(("Dock one", 1), (updated.CustomDisplayName, updated.Lines!.Count));
        Assert.DoesNotContain(lineNetworksAfter, n => n.Id == id);
        Assert.Contains(lineNetworksAfter, n => n.Id == seeded.Id);
    }

    [Fact]
    public async Task DeleteHandsetsAndBaseStations_OneSomeOrAll_LeaveTheCountsAtZero()
    {
        string austin = fixture.LocationOfUser(16);
        string id = (await Api.CreateDectNetworkAsync(austin, "Yard", DectNetworkModel.DmsCiscoDbs210, true, "6310"))!;
        await Api.CreateBaseStationsAsync(austin, id, ["aabbccddee31", "aabbccddee32", "aabbccddee33"]);
        await Api.AddListOfHandsetsAsync(austin, id, Enumerable.Range(18, 4).Select(u =>
            new AddDectHandset { Line1MemberId = fixture.UserId(u), CustomDisplayName = "Yard " + u }));
        var handsets = (await Api.ListHandsetsAsync(austin, id)).Handsets!;
        var stations = await Api.ListBaseStationsAsync(austin, id);

        await Api.DeleteHandsetAsync(austin, id, handsets[0].Id!);
        await Api.DeleteHandsetsAsync(austin, id, [handsets[1].Id!, handsets[2].Id!]);
        var one = await Api.ListHandsetsAsync(austin, id);
        await AssertFailsAsync(HttpStatusCode.NotFound, () => Api.HandsetDetailsAsync(austin, id, handsets[0].Id!));
        await Api.DeleteHandsetsAsync(austin, id, [], deleteAll: true);
        await Api.DeleteBaseStationAsync(austin, id, stations[0].Id!);
        var two = await Api.ListBaseStationsAsync(austin, id);
        await Api.DeleteBulkBaseStationsAsync(austin, id);
        var empty = await Api.DectNetworkDetailsAsync(austin, id);

        Assert.Equal(4, handsets.Count);
        Assert.Equal(3, stations.Count);
        Assert.Equal(handsets[3].Id, Assert.Single(one.Handsets!).Id);
        Assert.Equal(stations.Skip(1).Select(s => s.Id), two.Select(s => s.Id));
        Assert.Equal((0, 0, 0), (empty.NumberOfBaseStations, empty.NumberOfHandsetsAssigned, empty.NumberOfLines));
    }

    [Fact]
    public async Task ServiceabilityPassword_GenerateEnablesIt_UpdateSwitchesIt()
    {
        var network = await SeededNetworkAsync("San Jose");
        string location = network.Location!.Id!;

        bool before = await Api.GetDectServiceabilityPasswordStatusAsync(location, network.Id!);
        string? password = await Api.GenerateAndEnableDectServiceabilityPasswordAsync(location, network.Id!);
        bool generated = await Api.GetDectServiceabilityPasswordStatusAsync(location, network.Id!);
        await Api.UpdateDectServiceabilityPasswordStatusAsync(location, network.Id!, false);
        bool disabled = await Api.GetDectServiceabilityPasswordStatusAsync(location, network.Id!);

        Assert.False(before);
        Assert.Equal(16, password!.Length);
        Assert.True(generated);
        Assert.False(disabled);
    }

    [Fact]
    public async Task AvailableMembersAsync_Filters_AnswerPeopleWorkspacesAndVirtualLinesOfTheLocation()
    {
        string newYork = fixture.LocationOfUser(24);

        var all = await Api.AvailableMembersAsync(locationId: newYork).ToListAsync();
        var owners = await Api.AvailableMembersAsync(locationId: newYork, usageType: DectUsageType.DeviceOwner).ToListAsync();
        var noLines = await Api.AvailableMembersAsync(locationId: newYork, excludeVirtualLine: true).ToListAsync();
        var byExtension = await Api.AvailableMembersAsync(extension: "4071").ToListAsync();
        var byName = await Api.AvailableMembersAsync(memberName: "lobby", locationId: newYork).ToListAsync();

        Assert.Equal(10, all.Count); // 8 people, the lobby workspace, the front-desk virtual line (not the board room)
        Assert.Equal([(UserType.People, 8), (UserType.Place, 1), (UserType.VirtualLine, 1)],
            all.GroupBy(m => m.MemberType!.Value).Select(g => (g.Key, g.Count())).OrderBy(g => g.Key.Value, StringComparer.Ordinal));
        Assert.All(all, m => Assert.Equal(newYork, m.Location!.Id));
        Assert.Equal(9, owners.Count);
        Assert.Equal(9, noLines.Count);
        var line = Assert.Single(byExtension);
        Assert.Equal((UserType.VirtualLine, SettingsLineType.SharedCallAppearance), (line.MemberType, line.LineType));
        Assert.Equal("New York Lobby", Assert.Single(byName).FirstName);
    }

    [Fact]
    public async Task DeletedLocation_TakesItsDectNetworksAlong()
    {
        var api = fixture.H.Api;
        string branch = await api.Locations.CreateAsync("DECT branch", "America/Chicago", "en_us", "en_us", "2 Main St",
            "Dallas", "TX", "75201", "US");
        string id = (await Api.CreateDectNetworkAsync(branch, "Branch", DectNetworkModel.DmsCiscoDbs110, false))!;
        var before = await Api.ListDectNetworksAsync();

        await api.Locations.DeleteAsync(branch);
        var after = await Api.ListDectNetworksAsync();

        Assert.Contains(before, n => n.Id == id);
        Assert.DoesNotContain(after, n => n.Id == id);
        Assert.Equal(before.Count - 1, after.Count);
    }

    [Fact]
    public async Task UnknownIds_Answer404_MalformedIds400()
    {
        var network = await SeededNetworkAsync("Austin");
        string location = network.Location!.Id!;

        await AssertFailsAsync(HttpStatusCode.NotFound, () => Api.HandsetDetailsAsync(location, network.Id!,
            "Y2lzY29zcGFyazovL3VzL0RFQ1RfREVWX0hBTkRTRVQvMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw"));
        await AssertFailsAsync(HttpStatusCode.BadRequest, () => Api.DectNetworkDetailsAsync(location, "not-an-id"));
        await AssertFailsAsync(HttpStatusCode.NotFound, () => Api.DectNetworksAssociatedWithWorkspaceAsync(
            "Y2lzY29zcGFyazovL3VzL1BMQUNFLzAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMA"));
        await AssertFailsAsync(HttpStatusCode.BadRequest, () => Api.DectNetworksAssociatedWithPersonAsync("not-an-id"));
    }
}
