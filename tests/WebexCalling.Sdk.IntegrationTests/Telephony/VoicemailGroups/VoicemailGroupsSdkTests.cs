using System.Net;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Telephony.VoicemailGroups;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.VoicemailGroups;

/// <summary>api.Telephony.VoicemailGroups against the simulator: shared voicemail boxes, passcodes kept but never answered.</summary>
public class VoicemailGroupsSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private VoicemailGroupsApi Groups => fixture.H.Api.Telephony.VoicemailGroups;

    /// <summary>What Webex needs to create a voicemail group.</summary>
    private static VoicemailGroupDetail NewGroup(string name, string extension) => new()
    {
        Name = name,
        Extension = extension,
        Passcode = "740384",
        LanguageCode = "en_us",
        MessageStorage = new VoicemailMessageStorage { StorageType = VoicemailStorageType.Internal },
        Notifications = new VoicemailNotifications { Enabled = false },
        FaxMessage = new VoicemailFax { Enabled = false },
        TransferToNumber = new VoicemailTransferToNumber { Enabled = false },
        EmailCopyOfMessage = new VoicemailCopyOfMessage { Enabled = false },
    };

    [Fact]
    public async Task DemoOrg_EachLocationHasAVoicemailGroupNotifyingOneOfItsPeople()
    {
        var all = await Groups.ListAsync().ToListAsync();
        var details = await Task.WhenAll(all.Select(g => Groups.DetailsAsync(g.LocationId!, g.VoicemailGroupId!)));

        Assert.Equal(["San Jose voicemail", "Denver voicemail", "Austin voicemail", "New York voicemail"], all.Select(g => g.Name));
        Assert.Equal(["1086", "2086", "3086", "4086"], all.Select(g => g.Extension));
        Assert.All(all, g => Assert.True(g.Enabled));
        Assert.All(details, d => Assert.Null(d.Passcode)); // write-only
        Assert.All(details.Zip(all), x => Assert.Equal(x.Second.LocationId,
            fixture.Users.Single(u => u["emails"]![0]!.GetValue<string>() == x.First.Notifications!.Destination)["locationId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task CreateReadUpdateDelete_ReadsBackWhatWasSentThenIs404()
    {
        string austin = fixture.LocationOfUser(16);
        var free = await Groups.AvailablePhoneNumbersAsync(austin).Select(n => n.PhoneNumber!).ToListAsync();

        string id = await Groups.CreateAsync(austin, NewGroup("Austin shared box", "3360") with { PhoneNumber = free[0] });
        var created = await Groups.DetailsAsync(austin, id);
        var faxFree = await Groups.FaxMessageAvailablePhoneNumbersAsync(austin).Select(n => n.PhoneNumber!).ToListAsync();
        await Groups.UpdateAsync(austin, id, new VoicemailGroupDetail
        {
            Enabled = false,
            Passcode = "135792",
            FaxMessage = new VoicemailFax { Enabled = true, PhoneNumber = faxFree[0] },
            MessageStorage = new VoicemailMessageStorage { StorageType = VoicemailStorageType.External, ExternalEmail = "box@example.com" },
            DialByName = "Shared box",
        });
        var updated = await Groups.DetailsAsync(austin, id);
        var faxFreeAfter = await Groups.FaxMessageAvailablePhoneNumbersAsync(austin).Select(n => n.PhoneNumber!).ToListAsync();
        var listed = await Groups.ListAsync(locationId: austin).ToListAsync();
        await Groups.DeleteAsync(austin, id);
        var gone = await Assert.ThrowsAsync<WebexApiException>(() => Groups.DetailsAsync(austin, id));

        Assert.Equal((id, "Austin shared box", "3360", free[0]), (created.VoicemailGroupId, created.Name, created.Extension, created.PhoneNumber));
        Assert.True(created.Enabled);
        Assert.Equal(Greeting.Default, created.Greeting);
        Assert.Equal(VoicemailStorageType.Internal, created.MessageStorage!.StorageType);
        Assert.Null(created.Passcode);
        Assert.DoesNotContain(free[0], faxFree);

        Assert.False(updated.Enabled);
        Assert.Equal(("Austin shared box", "3360"), (updated.Name, updated.Extension));
        Assert.Equal((true, faxFree[0]), (updated.FaxMessage!.Enabled, updated.FaxMessage.PhoneNumber));
        Assert.Equal((VoicemailStorageType.External, "box@example.com"), (updated.MessageStorage!.StorageType, updated.MessageStorage.ExternalEmail));
        Assert.Equal("Shared box", updated.DialByName);
        Assert.False(updated.Notifications!.Enabled); // not sent: kept
        Assert.Null(updated.Passcode);
        Assert.DoesNotContain(faxFree[0], faxFreeAfter);
        Assert.Contains(listed, g => g.VoicemailGroupId == id && g.Enabled == false);

        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("Voicemail group not found.", gone.WebexMessage);
        Assert.False(string.IsNullOrEmpty(gone.TrackingId));
    }

    [Fact]
    public async Task CreateAsync_MissingFieldsOrTakenExtension_IsRejected()
    {
        string denver = fixture.LocationOfUser(8);

        var missing = await Assert.ThrowsAsync<WebexApiException>(() => Groups.CreateAsync(denver, new VoicemailGroupDetail { Name = "Denver box", Extension = "2360" }));
        var taken = await Assert.ThrowsAsync<WebexApiException>(() => Groups.CreateAsync(denver, NewGroup("Denver box", "2086")));
        var badPasscode = await Assert.ThrowsAsync<WebexApiException>(() => Groups.CreateAsync(denver, NewGroup("Denver box", "2360") with { Passcode = "12" }));

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.StartsWith("Missing required field(s): passcode, languageCode", missing.WebexMessage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badPasscode.StatusCode);
    }

    [Fact]
    public async Task ListAsync_FiltersByLocationNameAndNumber_AndFollowsPages()
    {
        var (h, log) = await TelephonyFeatures.StartRecordedAsync(pageSize: 2);
        await using var _ = h;
        var api = h.Api.Telephony.VoicemailGroups;
        var users = await h.CallingUsersAsync();
        string denver = users[8]["locationId"]!.GetValue<string>();
        await api.CreateAsync(denver, NewGroup("Denver billing box", "2361"));
        log.Clear();

        var all = await api.ListAsync().ToListAsync();
        int pages = log.Paths.Count;
        var inDenver = await api.ListAsync(locationId: denver).ToListAsync();
        var billing = await api.ListAsync(name: "BILLING").ToListAsync();
        var byExtension = await api.ListAsync(phoneNumber: "2361").ToListAsync();

        Assert.Equal(5, all.Count);
        Assert.Equal(3, pages); // two a page
        Assert.Equal(["Denver voicemail", "Denver billing box"], inDenver.Select(g => g.Name));
        Assert.Equal(("Denver billing box", "Denver"), (Assert.Single(billing).Name, billing[0].LocationName));
        Assert.Equal("Denver billing box", Assert.Single(byExtension).Name);
    }
}
