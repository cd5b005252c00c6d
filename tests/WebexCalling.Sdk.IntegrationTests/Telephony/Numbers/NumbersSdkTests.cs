using System.Net;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.Telephony;
using WebexCalling.Sdk.Telephony.CallQueue;
using WebexCalling.Sdk.Telephony.Location;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.Numbers;

/// <summary>
/// The organisation's numbers against the simulator's number inventory: owners computed from people, call queues and
/// features, the list's filters and pages, a location's numbers added, activated and removed, the available-number
/// lists, validation, and a hunt group taking free numbers and giving them back.
/// </summary>
public class NumbersSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private TelephonyApi Telephony => fixture.H.Api.Telephony;

    /// <summary>The location's main number, as the numbers list marks it.</summary>
    private async Task<string> MainNumberAsync(string locationId) =>
        (await Telephony.PhoneNumbersAsync(locationId: locationId).FirstAsync(n => n.MainNumber == true)).PhoneNumber!;

    [Fact]
    public async Task PhoneNumbersAsync_Location_OwnersComputedFromPeopleAndQueue()
    {
        string sanJose = fixture.LocationOfUser(0);
        var person = fixture.Users[0];
        string personNumber = person["phoneNumbers"]![0]!["value"]!.GetValue<string>();

        var numbers = await Telephony.PhoneNumbersAsync(locationId: sanJose).ToListAsync();

        var main = Assert.Single(numbers, n => n.MainNumber == true);
        Assert.Null(main.Owner);
        Assert.EndsWith("0100", main.PhoneNumber);
        var mine = Assert.Single(numbers, n => n.PhoneNumber == personNumber);
        Assert.Equal(AvailableNumberOwnerType.People, mine.Owner!.OwnerType);
        Assert.Equal(fixture.UserId(0), mine.Owner.OwnerId);
        Assert.Equal(person["lastName"]!.GetValue<string>(), mine.Owner.LastName);
        Assert.Equal(person["extension"]!.GetValue<string>(), mine.Extension);
        Assert.Equal((AvailableNumberState.Active, NumberListPhoneNumberType.Primary, TelephonyType.PstnNumber),
            (mine.State, mine.PhoneNumberType, mine.IncludedTelephonyTypes));
        Assert.Equal(sanJose, mine.Location!.Id);
        Assert.Contains(numbers, n => n.Owner?.OwnerType == AvailableNumberOwnerType.CallQueue);
        Assert.Equal(8, numbers.Count(n => n.Owner?.OwnerType == AvailableNumberOwnerType.People));
        Assert.Equal(2, numbers.Count(n => n.TollFreeNumber == true));
        Assert.All(numbers, n => Assert.Equal(sanJose, n.Location!.Id));
    }

    [Fact]
    public async Task PhoneNumbersAsync_Filters_NarrowTheList()
    {
        string denver = fixture.LocationOfUser(8);
        var person = fixture.Users[9];
        string lastName = person["lastName"]!.GetValue<string>();

        var free = await Telephony.PhoneNumbersAsync(locationId: denver, available: true).ToListAsync();
        var taken = await Telephony.PhoneNumbersAsync(locationId: denver, available: false).ToListAsync();
        var people = await Telephony.PhoneNumbersAsync(locationId: denver, ownerType: AvailableNumberOwnerType.People).ToListAsync();
        var byOwner = await Telephony.PhoneNumbersAsync(ownerId: fixture.UserId(9)).ToListAsync();
        var byName = await Telephony.PhoneNumbersAsync(locationId: denver, ownerName: lastName).ToListAsync();
        var byExtension = await Telephony.PhoneNumbersAsync(extension: person["extension"]!.GetValue<string>()).ToListAsync();
        var tollFree = await Telephony.PhoneNumbersAsync(tollFreeNumbers: true).ToListAsync();
        var inactive = await Telephony.PhoneNumbersAsync(state: AvailableNumberState.Inactive).ToListAsync();
        var byLastName = await Telephony.PhoneNumbersAsync(locationId: denver, ownerType: AvailableNumberOwnerType.People, order: "lastName").ToListAsync();
        var mobile = await Telephony.PhoneNumbersAsync(includedTelephonyTypes: TelephonyType.MobileNumber).ToListAsync();

        Assert.Equal(23, free.Count); // the main number, n50–n69 and the two toll-free numbers
        Assert.All(free, n => Assert.Null(n.Owner));
        Assert.All(taken, n => Assert.NotNull(n.Owner));
        // eight people, the call queue, the hunt group, the auto attendant, the lobby workspace and the virtual line
        Assert.Equal(13, taken.Count);
        Assert.Single(taken, n => n.Owner!.OwnerType == AvailableNumberOwnerType.Place);
        Assert.Single(taken, n => n.Owner!.OwnerType == AvailableNumberOwnerType.VirtualLine);
        Assert.Equal(8, people.Count);
        Assert.Equal(fixture.UserId(9), Assert.Single(byOwner).Owner!.OwnerId);
        Assert.All(byName, n => Assert.Equal(lastName, n.Owner!.LastName));
        Assert.Contains(byName, n => n.Owner!.OwnerId == fixture.UserId(9));
        Assert.Equal(fixture.UserId(9), Assert.Single(byExtension).Owner!.OwnerId);
        Assert.Equal(8, tollFree.Count); // two per location
        Assert.All(tollFree, n => Assert.StartsWith("+1888555", n.PhoneNumber));
        Assert.Equal(4, inactive.Count); // the second toll-free number of each location
        Assert.Equal(byLastName.Select(n => n.Owner!.LastName).Order(StringComparer.OrdinalIgnoreCase), byLastName.Select(n => n.Owner!.LastName));
        Assert.Empty(mobile);
    }

    [Fact]
    public async Task PhoneNumbersAsync_SmallPages_EveryNumberOnceWithTheFilterOnEveryPage()
    {
        var (h, log) = await TelephonyFeatures.StartRecordedAsync(pageSize: 7);
        await using (h)
        {
            var paged = await h.Api.Telephony.PhoneNumbersAsync(available: true).ToListAsync();

            Assert.Equal(4 * 23, paged.Count); // per location: the main number, n50–n69 and two toll-free numbers
            Assert.Equal(paged.Count, paged.Select(n => n.PhoneNumber).Distinct().Count());
            Assert.Equal((4 * 23 + 6) / 7, log.Paths.Count);
            Assert.All(log.Paths, p => Assert.Contains("available=true", p));
            Assert.All(paged, n => Assert.Null(n.Owner));
        }
    }

    [Fact]
    public async Task PhoneNumbersAsync_AvailableWithOwnerType_Is400()
    {
        var error = await Assert.ThrowsAsync<WebexApiException>(() =>
            Telephony.PhoneNumbersAsync(available: true, ownerType: AvailableNumberOwnerType.People).ToListAsync().AsTask());
        var extensionWithState = await Assert.ThrowsAsync<WebexApiException>(() =>
            Telephony.PhoneNumbersAsync(numberType: NumberType.Extension, state: AvailableNumberState.Active).ToListAsync().AsTask());

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Contains("ownerType", error.WebexMessage);
        Assert.Equal(HttpStatusCode.BadRequest, extensionWithState.StatusCode);
    }

    [Fact]
    public async Task PhoneNumberDetailsAsync_CountsAgreeWithTheList()
    {
        var all = await Telephony.PhoneNumbersAsync().ToListAsync();

        var counts = await Telephony.PhoneNumberDetailsAsync();

        Assert.Equal(all.Count, counts.Total);
        Assert.Equal(all.Count(n => n.Owner is not null && !string.IsNullOrEmpty(n.PhoneNumber)), counts.Assigned);
        Assert.Equal(all.Count(n => n.Owner is null), counts.UnAssigned);
        Assert.Equal(all.Count(n => string.IsNullOrEmpty(n.PhoneNumber)), counts.ExtensionOnly);
        Assert.Equal(8, counts.TollFreeNumbers);
        Assert.Equal(all.Count(n => n.State == AvailableNumberState.Inactive), counts.InActive);
        Assert.Equal(0, counts.MobileNumber);
    }

    [Fact]
    public async Task HuntGroup_TakesFreeNumbersOwnsThemThenGivesThemBack()
    {
        string austin = fixture.LocationOfUser(16);
        var free = await Telephony.Location.PhoneNumbersAsync(austin).Where(n => n.IsMainNumber == false)
            .Select(n => n.PhoneNumber!).ToListAsync();
        var hgFree = await Telephony.HuntGroup.PrimaryAvailablePhoneNumbersAsync(austin).Select(n => n.PhoneNumber!).ToListAsync();
        string primary = hgFree[0];
        string alternate = hgFree[1];

        string id = await Telephony.HuntGroup.CreateAsync(austin,
            TelephonyFeatures.NewHuntGroup("Austin numbers desk", "3095", fixture.UserId(20)) with { PhoneNumber = primary });
        var group = await Telephony.HuntGroup.DetailsAsync(austin, id);
        await Telephony.HuntGroup.UpdateAsync(austin, id, new Sdk.Telephony.HuntGroup.HuntGroupDetails
        {
            AlternateNumbers = [new AlternateNumber { PhoneNumber = alternate, RingPattern = RingPattern.Normal }],
        });
        var owned = await Telephony.PhoneNumbersAsync(ownerId: id).ToListAsync();
        var stillFree = await Telephony.HuntGroup.PrimaryAvailablePhoneNumbersAsync(austin).Select(n => n.PhoneNumber!).ToListAsync();
        var hunting = await Telephony.PhoneNumbersAsync(locationId: austin, ownerType: AvailableNumberOwnerType.HuntGroup).ToListAsync();
        await Telephony.HuntGroup.DeleteAsync(austin, id);
        var after = await Telephony.PhoneNumbersAsync(phoneNumber: primary).SingleAsync();
        var freeAgain = await Telephony.Location.PhoneNumbersAsync(austin).Select(n => n.PhoneNumber!).ToListAsync();

        Assert.Equal(hgFree, free);
        Assert.Equal(primary, group.PhoneNumber);
        Assert.Equal([(primary, NumberListPhoneNumberType.Primary), (alternate, NumberListPhoneNumberType.Alternate)],
            owned.OrderBy(n => n.PhoneNumber == primary ? 0 : 1).Select(n => (n.PhoneNumber, n.PhoneNumberType!.Value)));
        Assert.All(owned, n => Assert.Equal((AvailableNumberOwnerType.HuntGroup, "Austin numbers desk"), (n.Owner!.OwnerType, n.Owner.LastName)));
        Assert.Equal("3095", owned.Single(n => n.PhoneNumber == primary).Extension);
        Assert.DoesNotContain(primary, stillFree);
        Assert.DoesNotContain(alternate, stillFree);
        Assert.Equal(2, hunting.Count(n => n.Owner!.OwnerId == id));
        Assert.Null(after.Owner);
        Assert.Contains(primary, freeAgain);
        Assert.Contains(alternate, freeAgain);
    }

    [Fact]
    public async Task LocationNumbers_AddActivateRemove_ChangeTheInventory()
    {
        string newYork = fixture.LocationOfUser(24);
        string block = (await MainNumberAsync(newYork))[..^4];
        string first = block + "0470";
        string second = block + "0471";

        await Telephony.Location.Number.AddAsync(newYork, [first, second], state: AvailableNumberState.Inactive);
        var added = await Telephony.PhoneNumbersAsync(locationId: newYork, phoneNumber: block + "047").ToListAsync();
        await Telephony.Location.Number.AddAsync(newYork, [first]); // already there: ignored
        await Telephony.Location.Number.ManageNumberStateAsync(newYork, [first], NumbersRequestAction.Activate);
        var activated = await Telephony.PhoneNumbersAsync(phoneNumber: first).SingleAsync();
        var offered = await Telephony.Location.PhoneNumbersAsync(newYork, phoneNumber: [first, second]).ToListAsync();
        await Telephony.Location.Number.RemoveAsync(newYork, [first, second]);
        var removed = await Telephony.PhoneNumbersAsync(locationId: newYork, phoneNumber: block + "047").ToListAsync();

        Assert.Equal([(first, AvailableNumberState.Inactive), (second, AvailableNumberState.Inactive)],
            added.Select(n => (n.PhoneNumber, n.State!.Value)));
        Assert.All(added, n => Assert.Equal(newYork, n.Location!.Id));
        Assert.All(added, n => Assert.Null(n.Owner));
        Assert.All(added, n => Assert.False(n.TollFreeNumber));
        Assert.Equal(AvailableNumberState.Active, activated.State);
        Assert.Equal([(first, AvailableNumberState.Active), (second, AvailableNumberState.Inactive)], offered.Select(n => (n.PhoneNumber, n.State!.Value)));
        Assert.Empty(removed);
    }

    [Fact]
    public async Task LocationNumbers_DocumentedErrors_Are400Or404()
    {
        string sanJose = fixture.LocationOfUser(0);
        string denver = fixture.LocationOfUser(8);
        string sanJoseMain = await MainNumberAsync(sanJose);
        string sanJoseFree = (await Telephony.PhoneNumbersAsync(locationId: sanJose, available: true).FirstAsync(n => n.MainNumber == false)).PhoneNumber!;
        string personNumber = fixture.Users[1]["phoneNumbers"]![0]!["value"]!.GetValue<string>();
        var numbers = Telephony.Location.Number;

        var elsewhere = await Assert.ThrowsAsync<WebexApiException>(() => numbers.AddAsync(denver, [sanJoseFree]));
        var notE164 = await Assert.ThrowsAsync<WebexApiException>(() => numbers.AddAsync(sanJose, ["4085550000"]));
        var main = await Assert.ThrowsAsync<WebexApiException>(() => numbers.RemoveAsync(sanJose, [sanJoseMain]));
        var assigned = await Assert.ThrowsAsync<WebexApiException>(() => numbers.RemoveAsync(sanJose, [personNumber]));
        var notHere = await Assert.ThrowsAsync<WebexApiException>(() => numbers.RemoveAsync(denver, [sanJoseFree]));
        var stateNotHere = await Assert.ThrowsAsync<WebexApiException>(() => numbers.ManageNumberStateAsync(denver, [sanJoseFree], NumbersRequestAction.Deactivate));
        var unknownLocation = await Assert.ThrowsAsync<WebexApiException>(() =>
            numbers.AddAsync("Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzAwMDAwMDAwLTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwMA", ["+14085559999"]));
        var stillThere = await Telephony.PhoneNumbersAsync(phoneNumber: sanJoseFree).SingleAsync();

        Assert.All(new[] { elsewhere, notE164, main, assigned, notHere, stateNotHere }, e => Assert.Equal(HttpStatusCode.BadRequest, e.StatusCode));
        Assert.Contains("already in use", elsewhere.WebexMessage);
        Assert.Contains("E.164", notE164.WebexMessage);
        Assert.Contains("main number", main.WebexMessage);
        Assert.Contains("assigned", assigned.WebexMessage);
        Assert.Contains("does not belong", notHere.WebexMessage);
        Assert.Equal(HttpStatusCode.NotFound, unknownLocation.StatusCode);
        Assert.Equal("Location not found.", unknownLocation.WebexMessage);
        Assert.False(string.IsNullOrEmpty(unknownLocation.TrackingId));
        Assert.Equal((sanJose, AvailableNumberState.Active), (stillThere.Location!.Id, stillThere.State));
    }

    [Fact]
    public async Task LocationLists_FreeOrOwnedNumbersForEachPurpose()
    {
        string sanJose = fixture.LocationOfUser(0);
        string extension = fixture.Users[2]["extension"]!.GetValue<string>();

        var available = await Telephony.Location.PhoneNumbersAsync(sanJose).ToListAsync();
        var webexGo = await Telephony.Location.WebexGoAvailablePhoneNumbersAsync(sanJose).ToListAsync();
        var ecbn = await Telephony.Location.EcbnAvailablePhoneNumbersAsync(sanJose).ToListAsync();
        var charge = await Telephony.Location.ChargeNumberAvailablePhoneNumbersAsync(sanJose).ToListAsync();
        var intercept = await Telephony.Location.CallInterceptAvailablePhoneNumbersAsync(sanJose, extension: extension).ToListAsync();
        var unknown = await Assert.ThrowsAsync<WebexApiException>(() =>
            Telephony.Location.EcbnAvailablePhoneNumbersAsync("Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzAwMDAwMDAwLTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwMA").ToListAsync().AsTask());

        Assert.Equal(23, available.Count);
        Assert.All(available, n => Assert.Null(n.Owner));
        Assert.Single(available, n => n.IsMainNumber == true);
        Assert.Equal(20 + 1, webexGo.Count); // no toll-free numbers
        Assert.All(webexGo, n => Assert.False(n.TollFreeNumber));
        // the people's, the workspace's, the virtual line's and the hunt group's (as the reference lists them)
        Assert.Equal(11, ecbn.Count);
        Assert.Equal(8, ecbn.Count(n => n.Owner!.OwnerType == AvailableNumberOwnerType.People));
        Assert.Single(ecbn, n => n.Owner!.OwnerType == AvailableNumberOwnerType.HuntGroup);
        Assert.Contains(charge, n => n.IsMainNumber == true);
        // the main number and the numbers of the people, the workspace, the virtual line and the three features
        Assert.Equal(14, charge.Count);
        var only = Assert.Single(intercept);
        Assert.Equal((fixture.UserId(2), extension), (only.Owner!.OwnerId, only.Extension));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task ValidatePhoneNumbersAsync_StateOfEachNumber()
    {
        string sanJoseFree = (await Telephony.PhoneNumbersAsync(locationId: fixture.LocationOfUser(0), available: true)
            .FirstAsync(n => n.MainNumber == false)).PhoneNumber!;

        var mixed = await Telephony.ValidatePhoneNumbersAsync([sanJoseFree, "+19725550123", "9725550124", "+19725550123", "12", "+18885550777"]);
        var fine = await Telephony.ValidatePhoneNumbersAsync(["+19725550123"]);

        Assert.Equal(ValidationStatus.Errors, mixed.Status);
        Assert.Equal(
            [ValidatePhoneNumberStatusState.Duplicate, ValidatePhoneNumberStatusState.Available, ValidatePhoneNumberStatusState.Available,
             ValidatePhoneNumberStatusState.DuplicateInList, ValidatePhoneNumberStatusState.Invalid, ValidatePhoneNumberStatusState.Available],
            mixed.PhoneNumbers!.Select(n => n.State!.Value));
        Assert.Equal("9725550124", mixed.PhoneNumbers![2].PhoneNumber);
        Assert.NotEmpty(mixed.PhoneNumbers[0].Detail!);
        Assert.Equal([false, false, false, false, false, true], mixed.PhoneNumbers.Select(n => n.TollFreeNumber!.Value));
        Assert.Equal(ValidationStatus.Ok, fine.Status);
    }

    [Fact]
    public async Task ValidateExtensionsAsync_LocationAndOrganisation()
    {
        string sanJose = fixture.LocationOfUser(0);
        string taken = fixture.Users[3]["extension"]!.GetValue<string>();

        var location = await Telephony.Location.ValidateExtensionsAsync(sanJose, [taken, "1999", "1999", "911", "a234", "1"]);
        var org = await Telephony.ValidateExtensionsAsync([taken, "1998"]);

        Assert.Equal(ValidationStatus.Errors, location.Status);
        Assert.Equal(
            new (ValidateExtensionStatusState, int?)[]
            {
                (ValidateExtensionStatusState.Duplicate, 9495), (ValidateExtensionStatusState.Valid, null), (ValidateExtensionStatusState.DuplicateInList, 9498),
                (ValidateExtensionStatusState.Invalid, 4911), (ValidateExtensionStatusState.Invalid, 4910), (ValidateExtensionStatusState.Invalid, 4910),
            },
            location.ExtensionStatus!.Select(s => (s.State!.Value, s.ErrorCode)));
        Assert.Contains(taken, location.ExtensionStatus![0].Message);
        // the organisation-level check knows no location's extensions
        Assert.Equal(ValidationStatus.Ok, org.Status);
        Assert.All(org.ExtensionStatus!, s => Assert.Equal(ValidateExtensionStatusState.Valid, s.State));
    }

    [Fact]
    public async Task TestCallRoutingAsync_RoutesToPersonFeaturePstnEmergencyOrNothing()
    {
        string caller = fixture.UserId(4);
        var callee = fixture.Users[5];
        string queueNumber = (await Telephony.PhoneNumbersAsync(locationId: fixture.LocationOfUser(4), ownerType: AvailableNumberOwnerType.CallQueue)
            .FirstAsync()).PhoneNumber!;

        var person = await Telephony.TestCallRoutingAsync(caller, OriginatorType.People, callee["extension"]!.GetValue<string>());
        var queue = await Telephony.TestCallRoutingAsync(caller, OriginatorType.People, queueNumber);
        var pstn = await Telephony.TestCallRoutingAsync(caller, OriginatorType.People, "+14155550999");
        var emergency = await Telephony.TestCallRoutingAsync(caller, OriginatorType.People, "911");
        var unknown = await Telephony.TestCallRoutingAsync(caller, OriginatorType.People, "7777");
        var noCaller = await Assert.ThrowsAsync<WebexApiException>(() =>
            Telephony.TestCallRoutingAsync("Y2lzY29zcGFyazovL3VzL1BFT1BMRS9ub25l", OriginatorType.People, "7777"));

        Assert.Equal(DestinationType.HostedAgent, person.DestinationType);
        Assert.Equal((callee["id"]!.GetValue<string>(), UserType.People), (person.HostedUser!.Id, person.HostedUser.Type));
        Assert.Equal(callee["lastName"]!.GetValue<string>(), person.HostedUser.LastName);
        Assert.Equal(DestinationType.HostedFeature, queue.DestinationType);
        Assert.Equal((ServiceType.CallQueue, queueNumber), (queue.HostedFeature!.ServiceType, queue.HostedFeature.PhoneNumber));
        Assert.Equal((DestinationType.PstnNumber, "+14155550999"), (pstn.DestinationType, pstn.RoutingAddress));
        Assert.Equal(DestinationType.Emergency, emergency.DestinationType);
        Assert.Equal(DestinationType.UnknownExtension, unknown.DestinationType);
        Assert.False(unknown.IsRejected);
        Assert.Equal(HttpStatusCode.NotFound, noCaller.StatusCode);
    }

    [Fact]
    public async Task OrganisationSettings_ReadUpdateReadBack()
    {
        var moh = await Telephony.ReadMohAsync();
        await Telephony.UpdateMohAsync(new MohConfig { DefaultOrgMoh = MohTheme.Legacy });
        var mohAfter = await Telephony.ReadMohAsync();
        await Telephony.UpdateCallCaptionsSettingsAsync(new OrgCallCaptions { OrgTranscriptsEnabled = false });
        var captions = await Telephony.GetCallCaptionsSettingsAsync();
        var large = await Telephony.GetLargeOrganizationStatusAsync();
        var country = await Telephony.GetCountryConfigurationAsync("US");
        var languages = await Telephony.ReadListOfAnnouncementLanguagesAsync().ToListAsync();
        var profiles = await Telephony.UcmProfilesAsync().ToListAsync();
        var routes = await Telephony.RouteChoicesAsync().ToListAsync();
        var devices = await Telephony.SupportedDevicesAsync();
        var settings = await Telephony.DeviceSettingsAsync();
        string token = (await Telephony.CreateACallTokenAsync("+14085550100", guestName: "Guest"))!;
        var noNumber = await Assert.ThrowsAsync<ArgumentException>(() => Telephony.CreateACallTokenAsync(""));

        Assert.Equal(MohTheme.Opus, moh.DefaultOrgMoh);
        Assert.Equal(MohTheme.Legacy, mohAfter.DefaultOrgMoh);
        Assert.Equal((true, false), (captions.OrgClosedCaptionsEnabled, captions.OrgTranscriptsEnabled));
        Assert.Equal(90, large.LargeOrgThresholdPercentage);
        Assert.True(country.StateRequired);
        Assert.Contains("America/Chicago", country.TimeZones!);
        Assert.Equal("en_us", Assert.Single(languages).Code);
        Assert.Equal(2, profiles.Count);
        Assert.Equal(RouteType.RouteGroup, Assert.Single(routes).RouteType);
        Assert.Contains(devices.Devices!, d => d.Model == "DMS Polycom EE400");
        Assert.Equal("G711a", settings.Customizations!.Ata!.AudioCodecPriority!.Primary);
        Assert.StartsWith("C2C_", token);
        Assert.NotNull(noNumber);
    }
}
