using System.Net;
using System.Text;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Telephony;
using WebexCalling.Sdk.Telephony.Location;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.Location;

/// <summary>
/// api.Telephony.Location against the simulator's demo organisation, whose four locations are enabled for calling.
/// Each test changes the settings of a location no other test of the class changes.
/// </summary>
public class TelephonyLocationSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private TelephonyLocationApi Locations => fixture.H.Api.Telephony.Location;

    // the demo locations, by the users who live there (8 each: San Jose, Denver, Austin, New York)
    private string SanJose => fixture.LocationOfUser(0);
    private string Denver => fixture.LocationOfUser(8);
    private string Austin => fixture.LocationOfUser(16);
    private string NewYork => fixture.LocationOfUser(24);

    /// <summary>A well-formed Webex id of this kind that names nothing.</summary>
    private static string UnknownId(string kind) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"ciscospark://us/{kind}/{Guid.NewGuid()}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [Fact]
    public async Task ListAndDetails_ShowTheDemoLocationsWithTheirMainNumbers()
    {
        var all = await Locations.ListAsync().ToListAsync();
        var named = await Locations.ListAsync(name: "den").ToListAsync();
        var descending = await Locations.ListAsync(order: "desc").Select(l => l.Name).ToListAsync();
        var details = await Locations.DetailsAsync(SanJose);

        Assert.Superset(new HashSet<string?> { SanJose, Denver, Austin, NewYork }, all.Select(l => l.LocationId).ToHashSet());
        Assert.Equal("+14085550100", all.Single(l => l.LocationId == SanJose).CallingLineId!.PhoneNumber);
        Assert.Equal(Denver, Assert.Single(named).LocationId);
        Assert.Equal(descending.OrderByDescending(n => n, StringComparer.OrdinalIgnoreCase), descending);
        Assert.Equal(["San Jose", "New York", "Denver", "Austin"], descending.Where(n => n is "San Jose" or "New York" or "Denver" or "Austin"));
        Assert.Equal("San Jose", details.Name);
        Assert.Equal("+14085550100", details.CallingLineId!.PhoneNumber);
        Assert.Equal("en_us", details.AnnouncementLanguage);
        Assert.False(details.E911SetupRequired);
        Assert.True(details.UserLimit > 0);
    }

    [Fact]
    public async Task DetailsAsync_UnknownLocation_Is404WithWebexMessage()
    {
        string unknown = UnknownId("LOCATION");

        var error = await Assert.ThrowsAsync<WebexApiException>(() => Locations.DetailsAsync(unknown));
        var voicemail = await Assert.ThrowsAsync<WebexApiException>(() => Locations.Voicemail.ReadAsync(unknown));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("Location not found.", error.WebexMessage);
        Assert.False(string.IsNullOrEmpty(error.TrackingId));
        Assert.Equal(HttpStatusCode.NotFound, voicemail.StatusCode);
    }

    [Fact]
    public async Task EnableForCallingAsync_NewLocation_IsListedWithItsCallingDetails()
    {
        var api = fixture.H.Api;
        string id = await api.Locations.CreateAsync("Boise", "America/Boise", "en_us", "en_us", "100 Main St", "Boise", "ID",
            "83702", "US");
        var before = await Locations.ListAsync().Select(l => l.LocationId).ToListAsync();
        var notYet = await Assert.ThrowsAsync<WebexApiException>(() => Locations.DetailsAsync(id));
        var location = await api.Locations.DetailsAsync(id);

        string enabled = await Locations.EnableForCallingAsync(location with { AnnouncementLanguage = "fr_fr" });
        var after = await Locations.ListAsync(name: "Boise").ToListAsync();
        var details = await Locations.DetailsAsync(id);
        var again = await Assert.ThrowsAsync<WebexApiException>(() => Locations.EnableForCallingAsync(location));
        var check = await Locations.SafeDeleteCheckBeforeDisablingCallingAsync(id);

        Assert.DoesNotContain(id, before);
        Assert.Equal(HttpStatusCode.NotFound, notYet.StatusCode);
        Assert.Equal(id, enabled);
        Assert.Equal(id, Assert.Single(after).LocationId);
        Assert.Equal("Boise", details.Name);
        Assert.Equal("fr_fr", details.AnnouncementLanguage);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        // no people, not the last calling location
        Assert.Equal(LocationDeleteStatus.Unblocked, check.LocationDeleteStatus);
        Assert.Equal(0, check.Blocking!.UsersInUseCount);
    }

    [Fact]
    public async Task UpdateAsync_ReadsBackTheCallingDetails_AndAPrefixChangeStartsAJob()
    {
        var before = await Locations.DetailsAsync(Denver);

        string? job = await Locations.UpdateAsync(Denver, new TelephonyLocation
        {
            RoutingPrefix = "82",
            OutsideDialDigit = "9",
            EnforceOutsideDialDigit = true,
            ExternalCallerIdName = "Denver Office",
            CallingLineId = new CallingLineId { Name = "Denver Main", PhoneNumber = "+13035550200" },
        });
        string? second = await Locations.UpdateAsync(Denver, new TelephonyLocation { ExternalCallerIdName = "Denver HQ" });
        var after = await Locations.DetailsAsync(Denver);
        var bad = await Assert.ThrowsAsync<WebexApiException>(() => Locations.UpdateAsync(Denver, new TelephonyLocation { RoutingPrefix = "8a" }));

        Assert.Null(before.RoutingPrefix);
        Assert.False(string.IsNullOrEmpty(job));
        Assert.Null(second);
        Assert.Equal("82", after.RoutingPrefix);
        Assert.Equal("9", after.OutsideDialDigit);
        Assert.True(after.EnforceOutsideDialDigit);
        Assert.Equal("Denver HQ", after.ExternalCallerIdName);
        Assert.Equal(("Denver Main", "+13035550200"), (after.CallingLineId!.Name, after.CallingLineId.PhoneNumber));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Voicemail_Moh_Intercept_InternalDialing_ReadUpdateReadBack()
    {
        string location = Austin;
        var voicemail = await Locations.Voicemail.ReadAsync(location);
        var moh = await Locations.Moh.ReadAsync(location);
        var intercept = await Locations.Intercept.ReadAsync(location);
        var dialing = await Locations.InternalDialing.ReadAsync(location);

        await Locations.Voicemail.UpdateAsync(location, new LocationVoicemailSettings { VoicemailTranscriptionEnabled = true });
        await Locations.Moh.UpdateAsync(location, moh with
        {
            CallParkEnabled = false,
            Greeting = LocationMohGreetingType.Custom,
            Playlist = new IdAndName { Id = "playlist-1", Name = "Hold music" },
        });
        await Locations.Intercept.ConfigureAsync(location, intercept with
        {
            Enabled = true,
            Outgoing = intercept.Outgoing! with { InterceptType = InterceptTypeOutgoing.AllowLocalOnly, TransferEnabled = true, Destination = "+15125550111" },
        });
        await Locations.InternalDialing.UpdateAsync(location, new InternalDialing
        {
            EnableUnknownExtensionRoutePolicy = true,
            UnknownExtensionRouteIdentity = new RouteIdentity { RouteId = "trunk-1", RouteType = RouteType.Trunk },
        });
        var customWithoutFile = await Assert.ThrowsAsync<WebexApiException>(() => Locations.Moh.UpdateAsync(NewYork,
            new LocationMohSetting { Greeting = LocationMohGreetingType.Custom }));

        var voicemailAfter = await Locations.Voicemail.ReadAsync(location);
        var mohAfter = await Locations.Moh.ReadAsync(location);
        var interceptAfter = await Locations.Intercept.ReadAsync(location);
        var dialingAfter = await Locations.InternalDialing.ReadAsync(location);

        Assert.False(voicemail.VoicemailTranscriptionEnabled);
        Assert.True(voicemailAfter.VoicemailTranscriptionEnabled);
        Assert.Equal((true, true, LocationMohGreetingType.System), (moh.CallHoldEnabled, moh.CallParkEnabled, moh.Greeting));
        Assert.Equal((true, false, LocationMohGreetingType.Custom), (mohAfter.CallHoldEnabled, mohAfter.CallParkEnabled, mohAfter.Greeting));
        Assert.Equal("playlist-1", mohAfter.Playlist!.Id);
        Assert.Equal(HttpStatusCode.BadRequest, customWithoutFile.StatusCode);
        Assert.False(intercept.Enabled);
        Assert.True(interceptAfter.Enabled);
        Assert.Equal(InterceptTypeOutgoing.AllowLocalOnly, interceptAfter.Outgoing!.InterceptType);
        Assert.Equal("+15125550111", interceptAfter.Outgoing.Destination);
        Assert.Equal(InterceptTypeIncoming.InterceptAll, interceptAfter.Incoming!.InterceptType);
        Assert.False(dialing.EnableUnknownExtensionRoutePolicy);
        Assert.Null(dialing.UnknownExtensionRouteIdentity);
        Assert.True(dialingAfter.EnableUnknownExtensionRoutePolicy);
        Assert.Equal(("trunk-1", RouteType.Trunk), (dialingAfter.UnknownExtensionRouteIdentity!.RouteId, dialingAfter.UnknownExtensionRouteIdentity.RouteType));
    }

    [Fact]
    public async Task CallCaptions_AndEmergencyCallNotification_ReadUpdateReadBack_OrganisationFieldsUnchanged()
    {
        string location = NewYork;
        var captions = await Locations.GetCallCaptionsSettingsAsync(location);
        var notification = await Locations.EmergencyServices.ReadEmergencyCallNotificationAsync(location);

        await Locations.UpdateCallCaptionsSettingsAsync(location, captions with
        {
            UseOrgSettingsEnabled = false,
            LocationClosedCaptionsEnabled = true,
            OrgTranscriptsEnabled = true, // read-only: not sent
        });
        await Locations.EmergencyServices.UpdateEmergencyCallNotificationAsync(location, notification with
        {
            EmergencyCallNotificationEnabled = true,
            EmailAddress = "security@example.com",
        });
        var captionsAfter = await Locations.GetCallCaptionsSettingsAsync(location);
        var notificationAfter = await Locations.EmergencyServices.ReadEmergencyCallNotificationAsync(location);

        Assert.True(captions.UseOrgSettingsEnabled);
        Assert.False(captionsAfter.UseOrgSettingsEnabled);
        Assert.True(captionsAfter.LocationClosedCaptionsEnabled);
        Assert.False(captionsAfter.LocationTranscriptsEnabled);
        Assert.False(captionsAfter.OrgTranscriptsEnabled);
        Assert.False(notification.EmergencyCallNotificationEnabled);
        Assert.True(notificationAfter.EmergencyCallNotificationEnabled);
        Assert.Equal("security@example.com", notificationAfter.EmailAddress);
        // the organisation's part is read-only here: as seeded (on, for all locations), whatever the location sends
        Assert.True(notificationAfter.Organization!.EmergencyCallNotificationEnabled);
        Assert.Equal(notification.Organization!.EmailAddress, notificationAfter.Organization.EmailAddress);
    }

    [Fact]
    public async Task Ecbn_LocationNumberByDefault_AMemberOfTheLocationCanBeSelected()
    {
        string location = SanJose;
        string member = fixture.UserId(3);
        var before = await Locations.ReadEcbnAsync(location);

        await Locations.UpdateEcbnAsync(location, CallBackSelected.LocationMemberNumber, locationMemberId: member, elinExpiryTimeMinutes: 90);
        var after = await Locations.ReadEcbnAsync(location);
        var otherLocation = await Assert.ThrowsAsync<WebexApiException>(() =>
            Locations.UpdateEcbnAsync(location, CallBackSelected.LocationMemberNumber, locationMemberId: fixture.UserId(9)));
        var tooLong = await Assert.ThrowsAsync<WebexApiException>(() =>
            Locations.UpdateEcbnAsync(location, CallBackSelected.LocationNumber, elinExpiryTimeMinutes: 2000));

        Assert.Equal(CallBackSelected.LocationNumber, before.Selected);
        Assert.Equal("+14085550100", before.LocationInfo!.PhoneNumber);
        Assert.Equal(EcbnQuality.Recommended, before.LocationInfo.Quality);
        Assert.Null(before.LocationMemberInfo);
        Assert.Equal(60, before.ElinExpiryTimeMinutes);
        Assert.Equal(CallBackSelected.LocationMemberNumber, after.Selected);
        Assert.Equal(member, after.LocationMemberInfo!.MemberId);
        Assert.Equal(UserType.People, after.LocationMemberInfo.MemberType);
        Assert.StartsWith("+1408555", after.LocationMemberInfo.PhoneNumber);
        Assert.Equal(90, after.ElinExpiryTimeMinutes);
        Assert.Equal(HttpStatusCode.BadRequest, otherLocation.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }

    [Fact]
    public async Task ReceptionistDirectories_CreateListModifyDelete()
    {
        string location = Denver;
        string alice = fixture.UserId(10), bob = fixture.UserId(11), carol = fixture.UserId(12);

        string id = await Locations.CreateReceptionistContactDirectoryAsync(location, "Front desk",
            [new ReceptionistContact { PersonId = alice }, new ReceptionistContact { PersonId = bob }]);
        var listed = await Locations.ListReceptionistContactDirectoriesAsync(location);
        var contacts = await Locations.ReceptionistContactDirectoryDetailsAsync(location, id);
        var onlyBob = await Locations.ReceptionistContactDirectoryDetailsAsync(location, id, personId: bob);
        string modified = await Locations.ModifyReceptionistContactDirectoryAsync(location, id, "Reception", [carol]);
        var afterModify = await Locations.ReceptionistContactDirectoryDetailsAsync(location, id);
        var renamed = await Locations.ListReceptionistContactDirectoriesAsync(location);
        await Locations.DeleteReceptionistContactDirectoryAsync(location, id);
        var gone = await Assert.ThrowsAsync<WebexApiException>(() => Locations.ReceptionistContactDirectoryDetailsAsync(location, id));
        var empty = await Locations.ListReceptionistContactDirectoriesAsync(location);

        Assert.Equal(("Front desk", id), (Assert.Single(listed).Name, listed[0].Id));
        Assert.Equal([alice, bob], contacts.Select(c => c.PersonId));
        Assert.All(contacts, c => Assert.Equal(location, c.LocationId));
        Assert.False(string.IsNullOrEmpty(contacts[0].FirstName));
        Assert.Equal(bob, Assert.Single(onlyBob).PersonId);
        Assert.Equal(id, modified);
        Assert.Equal(carol, Assert.Single(afterModify).PersonId);
        Assert.Equal("Reception", Assert.Single(renamed).Name);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("Receptionist contact directory not found.", gone.WebexMessage);
        Assert.Empty(empty);
    }

    [Fact]
    public async Task ReceptionistDirectories_UnknownPersonOrNoContacts_Are400()
    {
        string unknownPerson = UnknownId("PEOPLE");

        var unknown = await Assert.ThrowsAsync<WebexApiException>(() => Locations.CreateReceptionistContactDirectoryAsync(Austin, "Nobody",
            [new ReceptionistContact { PersonId = unknownPerson }]));
        var none = await Assert.ThrowsAsync<WebexApiException>(() => Locations.CreateReceptionistContactDirectoryAsync(Austin, "Empty", []));

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("does not exist", unknown.WebexMessage);
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
    }

    [Fact]
    public async Task ReceptionistContactsDirectory_CreateListDelete()
    {
        var directories = Locations.ReceptionistContactsDirectory;
        string id = await directories.CreateAsync(NewYork, "Operators", [new ReceptionistContact { PersonId = fixture.UserId(25) }]);
        var listed = await directories.ListAsync(NewYork).ToListAsync();
        await directories.DeleteAsync(NewYork, id);
        var after = await directories.ListAsync(NewYork).ToListAsync();

        Assert.Contains(listed, d => d.Id == id && d.Name == "Operators");
        Assert.DoesNotContain(after, d => d.Id == id);
    }

    [Fact]
    public async Task PermissionsOut_ConfigureReadsBackAtBothPlaces_OtherCallTypesUnchanged()
    {
        string location = Austin;
        var before = await fixture.H.Api.Telephony.PermissionsOut.ReadAsync(location);

        await fixture.H.Api.Telephony.Location.PermissionsOut.ConfigureAsync(location, new OutgoingPermissions
        {
            CallingPermissions = [new CallTypePermission { CallType = OutgoingPermissionCallType.TollFree, Action = OutgoingPermissionAction.Block, TransferEnabled = false }],
        });
        var after = await fixture.H.Api.Telephony.PermissionsOut.ReadAsync(location);
        await fixture.H.Api.Telephony.PermissionsOut.TransferNumbers.ConfigureAsync(location, new AutoTransferNumbers { AutoTransferNumber1 = "+15125550123" });
        var numbers = await fixture.H.Api.Telephony.Location.PermissionsOut.TransferNumbers.ReadAsync(location);

        Assert.Equal(OutgoingPermissionAction.Allow, before.ForCallType(OutgoingPermissionCallType.TollFree)!.Action);
        Assert.Equal(OutgoingPermissionAction.Block, before.ForCallType(OutgoingPermissionCallType.International)!.Action);
        Assert.Equal(OutgoingPermissionAction.Block, after.ForCallType(OutgoingPermissionCallType.TollFree)!.Action);
        Assert.False(after.ForCallType(OutgoingPermissionCallType.TollFree)!.TransferEnabled);
        Assert.Equal(OutgoingPermissionAction.Allow, after.ForCallType(OutgoingPermissionCallType.National)!.Action);
        Assert.Equal(before.CallingPermissions!.Count, after.CallingPermissions!.Count);
        Assert.Equal("+15125550123", numbers.AutoTransferNumber1);
        Assert.Null(numbers.AutoTransferNumber2);
    }

    [Fact]
    public async Task DigitPatterns_CreateReadUpdateDelete_ThenIs404()
    {
        var patterns = fixture.H.Api.Telephony.Location.PermissionsOut.DigitPatterns;
        string location = NewYork;

        string id = await patterns.CreateAsync(location, new DigitPattern { Name = "Premium", Pattern = "1900XXXXXXX", Action = OutgoingPermissionAction.Block });
        string other = await patterns.CreateAsync(location, new DigitPattern { Name = "Operator", Pattern = "0", Action = OutgoingPermissionAction.Allow, TransferEnabled = true });
        var listed = await fixture.H.Api.Telephony.PermissionsOut.DigitPatterns.GetDigitPatternsAsync(location);
        await patterns.UpdateAsync(location, id, new DigitPattern { Pattern = "1976XXXXXXX", Action = OutgoingPermissionAction.TransferNumber1 });
        var updated = await patterns.DetailsAsync(location, id);
        var duplicate = await Assert.ThrowsAsync<WebexApiException>(() =>
            patterns.CreateAsync(location, new DigitPattern { Name = "Premium", Pattern = "2XXX", Action = OutgoingPermissionAction.Allow }));
        await patterns.DeleteAsync(location, id);
        var gone = await Assert.ThrowsAsync<WebexApiException>(() => patterns.DetailsAsync(location, id));
        await patterns.DeleteAllAsync(location);
        var none = await patterns.GetAsync(location);

        Assert.Equal([id, other], listed.Patterns!.Select(p => p.Id));
        Assert.Equal(("Premium", "1976XXXXXXX", OutgoingPermissionAction.TransferNumber1, false),
            (updated.Name, updated.Pattern, updated.Action, updated.TransferEnabled));
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("Digit pattern not found.", gone.WebexMessage);
        Assert.Empty(none.Patterns!);
    }

    [Fact]
    public async Task Actions_PasswordPrecheckDeviceSettingsAndCallerIdNumbers()
    {
        string password = (await Locations.GeneratePasswordAsync(Denver, ["SIP"]))!;
        var check = await Locations.SafeDeleteCheckBeforeDisablingCallingAsync(Denver);
        var devices = await Locations.DeviceSettingsAsync(Denver);
        var numbers = await Locations.PhoneNumbersAvailableForExternalCallerIdAsync(Denver).ToListAsync();
        var filtered = await Locations.PhoneNumbersAvailableForExternalCallerIdAsync(Denver, phoneNumber: ["+13035550200"]).ToListAsync();

        Assert.True(password.Length >= 8);
        Assert.Equal(LocationDeleteStatus.Blocked, check.LocationDeleteStatus);
        Assert.Equal(8, check.Blocking!.UsersInUseCount);
        Assert.True(check.NonBlocking!.NumbersPresent);
        Assert.False(devices.CustomEnabled);
        Assert.NotNull(devices.Customizations!.Mpp); // the typed settings of the reference's answer
        Assert.Contains(numbers, n => n.PhoneNumber == "+13035550200" && n.IsMainNumber == true);
        Assert.Equal(8, numbers.Count(n => n.Owner?.OwnerType == AvailableNumberOwnerType.People));
        Assert.All(numbers, n => Assert.Equal(Denver, n.Location!.Id));
        Assert.Equal("+13035550200", Assert.Single(filtered).PhoneNumber);
    }
}
