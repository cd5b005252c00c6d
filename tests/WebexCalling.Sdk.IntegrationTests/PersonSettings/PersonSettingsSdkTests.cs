using System.Text;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.PersonSettings;
using static WebexCalling.Sdk.IntegrationTests.PersonSettings.SettingsAssert;

namespace WebexCalling.Sdk.IntegrationTests.PersonSettings;

/// <summary>The root members of PersonSettings through the SDK against the simulator, and a round over both transports.</summary>
public class PersonSettingsSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private WebexCalling.Sdk.PersonSettings.PersonSettingsApi Settings => fixture.H.Api.PersonSettings;

    /// <summary>A well-formed person id that names nobody.</summary>
    private static readonly string Nobody = Convert.ToBase64String(Encoding.UTF8.GetBytes($"ciscospark://us/PEOPLE/{Guid.Empty}"))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [Fact]
    public async Task Modify_TimeZone_ReReadShowsItAndKeepsTheLanguage()
    {
        string person = fixture.UserId(0); // San Jose
        var before = await Settings.GetAsync(person);
        Assert.Equal("America/Los_Angeles", before.TimeZone);
        Assert.Equal("en_us", before.AnnouncementLanguage);

        await Settings.ModifyAsync(person, timeZone: "Europe/Berlin");
        Same(before with { TimeZone = "Europe/Berlin" }, await Settings.GetAsync(person));

        await Settings.ModifyAsync(person, announcementLanguage: "fr_fr");
        Same(before with { TimeZone = "Europe/Berlin", AnnouncementLanguage = "fr_fr" }, await Settings.GetAsync(person));
        Same(before with { TimeZone = "America/Los_Angeles" }, await Settings.GetAsync(fixture.UserId(1)));
    }

    [Fact]
    public async Task CallCaptions_DisableLocationSettings_ReReadShowsItAndKeepsTheRest()
    {
        string person = fixture.UserId(2);
        var before = await Settings.GetCallCaptionsSettingsAsync(person);
        Assert.Equal(true, before.UseLocationSettingsEnabled);
        Assert.Equal(false, before.UserClosedCaptionsEnabled);
        Assert.Equal(true, before.LocationTranscriptsEnabled);

        var changed = before with { UseLocationSettingsEnabled = false, UserClosedCaptionsEnabled = true };
        await Settings.UpdateCallCaptionsSettingsAsync(person, changed);
        var after = await Settings.GetCallCaptionsSettingsAsync(person);
        Assert.Equal(true, after.UserClosedCaptionsEnabled);
        Same(changed, after);
    }

    [Fact]
    public async Task DevicesAndServices_CallingUser_AnswerTheSimulatorsLists()
    {
        string person = fixture.UserId(3);
        var devices = await Settings.DevicesAsync(person);
        // the demo organisation gives the first person with a location a phone: their device list shows it
        var phone = (await fixture.H.Api.Devices.ListAsync().ToListAsync()).First(d => d.PersonId is not null);
        var owners = await Settings.DevicesAsync(phone.PersonId!);
        Assert.Empty(devices.Devices ?? []);
        Assert.Equal(phone.CallingDeviceId, Assert.Single(owners.Devices!).DeviceId);
        Assert.Equal(5, devices.MaxDeviceCount);
        Assert.Equal(5, devices.MaxOwnedDeviceCount);

        var services = await Settings.GetCallingServicesAsync(person);
        Assert.Contains("VOICEMAIL", services);
        Assert.Contains("CALL_FORWARDING", services);
    }

    [Fact]
    public async Task HotelingPrimaryDevicesAndResetVmPin_KnownPerson_SucceedUnknownPerson404()
    {
        string person = fixture.UserId(4);
        await Settings.ModifyHotelingSettingsPrimaryDevicesAsync(person, new DeviceHoteling { Enabled = true, LimitGuestUse = true, GuestHoursLimit = 12 });
        await Settings.ResetVmPinAsync(person);

        await NotFoundAsync(() => Settings.ModifyHotelingSettingsPrimaryDevicesAsync(Nobody, new DeviceHoteling { Enabled = false }));
        await NotFoundAsync(() => Settings.ResetVmPinAsync(Nobody));
        await NotFoundAsync(() => Settings.GetAsync(Nobody));
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task Transports_ReadChangeReRead_SameResultInProcessAndOverKestrel(Transport transport)
    {
        await using var h = await SimHarness.StartAsync(transport, seed: sim => sim.Seed.DemoOrg());
        var people = await h.CallingUsersAsync();
        string person = people[10]["id"]!.GetValue<string>(); // Denver
        var settings = h.Api.PersonSettings;

        var tz = await settings.GetAsync(person);
        Assert.Equal("America/Denver", tz.TimeZone);
        await settings.ModifyAsync(person, timeZone: "America/Chicago");
        Same(tz with { TimeZone = "America/Chicago" }, await settings.GetAsync(person));

        var ring = await settings.SimRing.ReadAsync(person);
        var changed = ring with { Enabled = true, PhoneNumbers = [new SimRingNumber { PhoneNumber = "+13035550277", AnswerConfirmationRequiredEnabled = false }] };
        await settings.SimRing.ConfigureAsync(person, changed);
        string id = await settings.SimRing.CreateCriteriaAsync(person, new SimRingCriteria
        {
            ScheduleName = "Always",
            ScheduleType = ScheduleType.BusinessHours,
            ScheduleLevel = SelectiveScheduleLevel.People,
            CallsFrom = SelectiveFrom.AnyPhoneNumber,
            Enabled = true,
        });
        var after = await settings.SimRing.ReadAsync(person);
        Assert.Equal(id, Assert.Single(after.Criteria!).Id);
        Same(changed with { Criteria = after.Criteria }, after);

        var free = await settings.AvailableNumbers.SecondaryAsync(person).ToListAsync();
        Assert.All(free, n => Assert.StartsWith("+1303555", n.PhoneNumber, StringComparison.Ordinal));

        await settings.SimRing.DeleteCriteriaAsync(person, id);
        await NotFoundAsync(() => settings.SimRing.ReadCriteriaAsync(person, id));
    }
}
