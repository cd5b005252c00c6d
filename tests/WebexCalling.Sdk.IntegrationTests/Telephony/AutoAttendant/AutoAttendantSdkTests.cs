using System.Net;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.Telephony.AutoAttendant;
using WebexCalling.Sdk.Telephony.CallQueue;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.AutoAttendant;

/// <summary>api.Telephony.AutoAttendant against the simulator, which serves it from the description (sim: generated).</summary>
public class AutoAttendantSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private AutoAttendantApi Attendants => fixture.H.Api.Telephony.AutoAttendant;

    [Fact]
    public async Task CreateReadUpdateDelete_ReadsBackWhatWasSentThenIs404()
    {
        string newYork = fixture.LocationOfUser(24);
        var free = await Attendants.PrimaryAvailablePhoneNumbersAsync(newYork).Select(n => n.PhoneNumber!).ToListAsync();

        string id = await Attendants.CreateAsync(newYork, TelephonyFeatures.NewAutoAttendant("New York main line", "4080"));
        var created = await Attendants.DetailsAsync(newYork, id);
        var menu = created.BusinessHoursMenu!;
        await Attendants.UpdateAsync(newYork, id, created with
        {
            Name = "New York reception",
            PhoneNumber = free[0],
            HolidaySchedule = "Holidays",
            NameDialing = Dialing.Group,
            AlternateNumbers = [new AlternateNumber { PhoneNumber = free[1], RingPattern = RingPattern.LongLong }],
            BusinessHoursMenu = menu with
            {
                KeyConfigurations =
                [
                    .. menu.KeyConfigurations!,
                    new AutoAttendantKeyConfiguration { Key = MenuKey.Star, Action = AutoAttendantAction.TransferToOperator, Value = "+12125550100" },
                ],
                CallTreatment = new CallTreatment
                {
                    RetryAttemptForNoInput = CallTreatmentRetry.TwoTimes,
                    NoInputTimer = 20,
                    ActionToBePerformed = new ActionToBePerformed { Action = ActionToBePerformedAction.Disconnect, Greeting = Greeting.Default },
                },
            },
        });
        var updated = await Attendants.DetailsAsync(newYork, id);
        await Attendants.DeleteAsync(newYork, id);
        var gone = await Assert.ThrowsAsync<WebexApiException>(() => Attendants.DetailsAsync(newYork, id));
        var listed = await Attendants.ListAsync(locationId: newYork).ToListAsync();

        Assert.Equal(id, created.AutoAttendantId);
        Assert.Equal(newYork, created.LocationId);
        Assert.Equal("New York main line", created.Name);
        Assert.Equal("4080", created.Extension);
        Assert.Null(created.PhoneNumber); // none given: not the official example's
        Assert.Equal("America/New_York", created.TimeZone); // the location's
        Assert.Equal("Business hours", created.BusinessSchedule);
        Assert.Equal(Dialing.Enterprise, created.NameDialing); // the default
        Assert.Equal([MenuKey.Zero, MenuKey.One], menu.KeyConfigurations!.Select(k => k.Key!.Value));
        Assert.Equal(AutoAttendantAction.ExtensionDialing, menu.KeyConfigurations![1].Action);

        Assert.Equal("New York reception", updated.Name);
        Assert.Equal(free[0], updated.PhoneNumber);
        Assert.Equal("Holidays", updated.HolidaySchedule);
        Assert.Equal(Dialing.Group, updated.NameDialing);
        Assert.Equal(free[1], Assert.Single(updated.AlternateNumbers!).PhoneNumber);
        var keys = updated.BusinessHoursMenu!.KeyConfigurations!;
        Assert.Equal([MenuKey.Zero, MenuKey.One, MenuKey.Star], keys.Select(k => k.Key!.Value));
        Assert.Equal("+12125550100", keys[2].Value);
        var treatment = updated.BusinessHoursMenu.CallTreatment!;
        Assert.Equal((CallTreatmentRetry.TwoTimes, 20), (treatment.RetryAttemptForNoInput!.Value, treatment.NoInputTimer!.Value));
        Assert.Equal(ActionToBePerformedAction.Disconnect, treatment.ActionToBePerformed!.Action);
        Assert.Equal([MenuKey.Zero], updated.AfterHoursMenu!.KeyConfigurations!.Select(k => k.Key!.Value));

        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("Auto attendant not found.", gone.WebexMessage);
        Assert.False(string.IsNullOrEmpty(gone.TrackingId));
        Assert.DoesNotContain(listed, a => a.AutoAttendantId == id);
    }

    [Fact]
    public async Task ListAsync_SmallPages_FollowsLinksAndKeepsFilters()
    {
        var (h, log) = await TelephonyFeatures.StartRecordedAsync(pageSize: 2);
        await using var _ = h;
        var api = h.Api.Telephony.AutoAttendant;
        var users = await h.CallingUsersAsync();
        string sanJose = users[0]["locationId"]!.GetValue<string>(), austin = users[16]["locationId"]!.GetValue<string>();
        await api.CreateAsync(sanJose, TelephonyFeatures.NewAutoAttendant("San Jose main", "1080") with { PhoneNumber = "+14085550180" });
        await api.CreateAsync(sanJose, TelephonyFeatures.NewAutoAttendant("San Jose after hours", "1081"));
        await api.CreateAsync(austin, TelephonyFeatures.NewAutoAttendant("Austin main", "3080"));
        log.Clear();

        var listed = await api.ListAsync().ToListAsync();
        int pagesForAll = log.Paths.Count;
        var all = listed.Skip(4).ToList(); // after the demo organisation's auto attendant of each location
        log.Clear();
        var main = await api.ListAsync(name: "main").ToListAsync();
        var mainRequests = log.Paths;
        var inAustin = await api.ListAsync(locationId: austin).ToListAsync();
        var byNumber = await api.ListAsync(phoneNumber: "+14085550180").ToListAsync();

        Assert.Equal(["San Jose main", "San Jose after hours", "Austin main"], all.Select(a => a.Name));
        Assert.Equal(4, pagesForAll); // two a page: the rest through the Link header
        Assert.Equal(["San Jose", "San Jose", "Austin"], all.Select(a => a.LocationName));
        Assert.Equal(["1080", "1081", "3080"], all.Select(a => a.Extension));
        Assert.Equal("+14085550180", all[0].PhoneNumber);
        Assert.Equal(["San Jose main", "Austin main"], main.Select(a => a.Name));
        Assert.Contains("name=main", Assert.Single(mainRequests), StringComparison.Ordinal);
        Assert.Equal(["Austin reception", "Austin main"], inAustin.Select(a => a.Name));
        Assert.Equal("San Jose main", Assert.Single(byNumber).Name);
    }

    [Fact]
    public async Task AvailableNumbers_ListedAndNarrowedByNumber()
    {
        string denver = fixture.LocationOfUser(8);

        var primary = await Attendants.PrimaryAvailablePhoneNumbersAsync(denver).ToListAsync();
        var alternate = await Attendants.AlternateAvailablePhoneNumbersAsync(denver, phoneNumber: [primary[1].PhoneNumber!]).ToListAsync();
        var forward = await Attendants.CallForwardAvailablePhoneNumbersAsync(denver).ToListAsync();

        Assert.NotEmpty(primary);
        Assert.Equal(primary[1].PhoneNumber, Assert.Single(alternate).PhoneNumber);
        Assert.NotEmpty(forward);
        Assert.All(forward, n => Assert.NotNull(n.Owner!.OwnerType));
    }

    [Fact]
    public async Task AnnouncementFiles_ListThenDelete_FileIsGoneOnlyThereAndSecondDeleteIs404()
    {
        string denver = fixture.LocationOfUser(8);
        string first = await Attendants.CreateAsync(denver, TelephonyFeatures.NewAutoAttendant("Denver main", "2080"));
        string second = await Attendants.CreateAsync(denver, TelephonyFeatures.NewAutoAttendant("Denver support", "2081"));

        var files = await Attendants.ListAnnouncementFilesAsync(denver, first).ToListAsync();
        await Attendants.DeleteAnnouncementFileAsync(denver, first, files[0].FileName!);
        var after = await Attendants.ListAnnouncementFilesAsync(denver, first).ToListAsync();
        var others = await Attendants.ListAnnouncementFilesAsync(denver, second).ToListAsync();
        var again = await Assert.ThrowsAsync<WebexApiException>(() => Attendants.DeleteAnnouncementFileAsync(denver, first, files[0].FileName!));
        var unknownAttendant = await Assert.ThrowsAsync<WebexApiException>(() =>
            Attendants.ListAnnouncementFilesAsync(denver, "Y2lzY29zcGFyazovL3VzL0FVVE9fQVRURU5EQU5UL25vbmU").ToListAsync().AsTask());

        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.False(string.IsNullOrEmpty(f.Id)));
        Assert.All(files, f => Assert.Equal(MediaFileType.Wav, f.MediaFileType));
        Assert.False(string.IsNullOrEmpty(files[0].FileSize));
        Assert.Equal(files.Skip(1).Select(f => f.FileName), after.Select(f => f.FileName));
        Assert.Equal(files.Select(f => f.FileName), others.Select(f => f.FileName));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal("DELETE", again.Method);
        Assert.False(string.IsNullOrEmpty(again.TrackingId));
        Assert.Equal(HttpStatusCode.NotFound, unknownAttendant.StatusCode);
        Assert.Equal("Auto attendant not found.", unknownAttendant.WebexMessage);
    }
}
