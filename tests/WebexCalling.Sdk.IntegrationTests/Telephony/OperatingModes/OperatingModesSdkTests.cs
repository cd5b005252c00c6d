using System.Net;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Telephony.CallQueue;
using WebexCalling.Sdk.Telephony.OperatingModes;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.OperatingModes;

/// <summary>api.Telephony.OperatingModes against the simulator (Endpoints/OperatingModesEndpoints.cs).</summary>
public class OperatingModesSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private OperatingModesApi Modes => fixture.H.Api.Telephony.OperatingModes;

    private static DaySchedule Hours(int from, int to) =>
        new() { Enabled = true, AllDayEnabled = false, StartTime = new TimeOnly(from, 0), EndTime = new TimeOnly(to, 0) };

    [Fact]
    public async Task CreateReadUpdateDelete_SameHoursDailyAtALocation_ReadsBackThenIs404()
    {
        string austin = fixture.LocationOfUser(16);

        string id = await Modes.CreateAsync(new OperatingMode
        {
            Name = "Austin day",
            Type = OperatingModeSchedule.SameHoursDaily,
            Level = ScheduleLevel.Location,
            LocationId = austin,
            SameHoursDaily = new SameHoursDaily { MondayToFriday = Hours(8, 18), SaturdayToSunday = new DaySchedule { Enabled = false } },
        });
        var created = await Modes.DetailsAsync(id);
        await Modes.UpdateAsync(id, created with
        {
            Name = "Austin business day",
            SameHoursDaily = new SameHoursDaily { MondayToFriday = Hours(7, 19), SaturdayToSunday = new DaySchedule { Enabled = true, AllDayEnabled = true } },
            CallForwarding = new CallForwardingCommon { Enabled = true, Destination = "+15125550300", DestinationVoicemailEnabled = false },
        });
        var updated = await Modes.DetailsAsync(id);
        var atAustin = await Modes.ListAsync(limitToLocationId: austin).ToListAsync();
        await Modes.DeleteAsync(id);
        var gone = await Assert.ThrowsAsync<WebexApiException>(() => Modes.DetailsAsync(id));

        Assert.Equal(("Austin day", OperatingModeSchedule.SameHoursDaily, ScheduleLevel.Location), (created.Name, created.Type, created.Level));
        Assert.Equal((austin, "Austin"), (created.Location!.Id, created.Location.Name));
        Assert.Equal((new TimeOnly(8, 0), new TimeOnly(18, 0)), (created.SameHoursDaily!.MondayToFriday!.StartTime, created.SameHoursDaily.MondayToFriday.EndTime));
        Assert.False(created.CallForwarding!.Enabled);
        Assert.Null(created.Holidays);

        Assert.Equal("Austin business day", updated.Name);
        Assert.Equal(OperatingModeSchedule.SameHoursDaily, updated.Type);
        Assert.Equal(new TimeOnly(7, 0), updated.SameHoursDaily!.MondayToFriday!.StartTime);
        Assert.True(updated.SameHoursDaily.SaturdayToSunday!.AllDayEnabled);
        Assert.Equal((true, "+15125550300"), (updated.CallForwarding!.Enabled, updated.CallForwarding.Destination));
        Assert.Equal(id, Assert.Single(atAustin).Id);

        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("Operating mode not found.", gone.WebexMessage);
        Assert.False(string.IsNullOrEmpty(gone.TrackingId));
    }

    [Fact]
    public async Task Holidays_CreateReadUpdateDelete_OnAHolidayMode()
    {
        string id = await Modes.CreateAsync(new OperatingMode
        {
            Name = "Company holidays",
            Type = OperatingModeSchedule.Holiday,
            Level = ScheduleLevel.Organization,
            Holidays = [new OperatingModeHoliday { Name = "New Year", AllDayEnabled = true, StartDate = new DateOnly(2026, 1, 1), EndDate = new DateOnly(2026, 1, 1) }],
        });
        string holidayId = await Modes.HolidayCreateAsync(id, new OperatingModeHoliday
        {
            Name = "Christmas Eve",
            AllDayEnabled = false,
            StartDate = new DateOnly(2026, 12, 24),
            EndDate = new DateOnly(2026, 12, 24),
            StartTime = new TimeOnly(12, 0),
            EndTime = new TimeOnly(23, 59),
            Recurrence = new OperatingModeRecurrence { RecurYearlyByDate = new RecurYearlyByDate { DayOfMonth = 24, Month = ScheduleMonth.December } },
        });
        var holiday = await Modes.HolidayDetailsAsync(id, holidayId);
        await Modes.HolidayUpdateAsync(id, holidayId, new OperatingModeHoliday { AllDayEnabled = true, EndDate = new DateOnly(2026, 12, 26) });
        var updated = await Modes.HolidayDetailsAsync(id, holidayId);
        var mode = await Modes.DetailsAsync(id);
        await Modes.HolidayDeleteAsync(id, holidayId);
        var gone = await Assert.ThrowsAsync<WebexApiException>(() => Modes.HolidayDetailsAsync(id, holidayId));
        var after = await Modes.DetailsAsync(id);
        await Modes.DeleteAsync(id);

        Assert.Equal(("Christmas Eve", false, new TimeOnly(12, 0)), (holiday.Name, holiday.AllDayEnabled, holiday.StartTime));
        Assert.Equal((24, ScheduleMonth.December), (holiday.Recurrence!.RecurYearlyByDate!.DayOfMonth, holiday.Recurrence.RecurYearlyByDate.Month));
        Assert.Equal(("Christmas Eve", true, new DateOnly(2026, 12, 26)), (updated.Name, updated.AllDayEnabled, updated.EndDate));
        Assert.Null(updated.StartTime); // all day: no times
        Assert.Equal(["New Year", "Christmas Eve"], mode.Holidays!.Select(h => h.Name));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("Holiday not found.", gone.WebexMessage);
        Assert.Equal(["New Year"], after.Holidays!.Select(h => h.Name));
    }

    [Fact]
    public async Task HolidayCreateAsync_NotAllDayWithoutTimes_Is400()
    {
        var seeded = Assert.Single(await Modes.ListAsync(name: "US Holidays").ToListAsync());

        var e = await Assert.ThrowsAsync<WebexApiException>(() => Modes.HolidayCreateAsync(seeded.Id!, new OperatingModeHoliday
        {
            Name = "Half day", AllDayEnabled = false, StartDate = new DateOnly(2026, 5, 1), EndDate = new DateOnly(2026, 5, 1),
        }));
        var still = await Modes.DetailsAsync(seeded.Id!);

        Assert.Equal(HttpStatusCode.BadRequest, e.StatusCode);
        Assert.Contains("startTime and endTime are mandatory", e.WebexMessage);
        Assert.Equal(["Independence Day", "Thanksgiving"], still.Holidays!.Select(h => h.Name));
    }

    [Fact]
    public async Task HolidayCreateAsync_OnASameHoursMode_Is400()
    {
        var hours = Assert.Single(await Modes.ListAsync(name: "Business Hours").ToListAsync());

        var e = await Assert.ThrowsAsync<WebexApiException>(() => Modes.HolidayCreateAsync(hours.Id!, new OperatingModeHoliday
        {
            Name = "Day off", AllDayEnabled = true, StartDate = new DateOnly(2026, 5, 1), EndDate = new DateOnly(2026, 5, 1),
        }));

        Assert.Equal(HttpStatusCode.BadRequest, e.StatusCode);
        Assert.Contains("type HOLIDAY", e.WebexMessage);
    }

    [Theory]
    [InlineData("LOCATION without a location", "locationId is mandatory")]
    [InlineData("SAME_HOURS_DAILY without hours", "sameHoursDaily is required")]
    [InlineData("start after end", "startTime must be before endTime")]
    public async Task CreateAsync_DocumentedRuleBroken_Is400WithTheRule(string broken, string expected)
    {
        var mode = new OperatingMode
        {
            Name = "Rule " + broken,
            Type = OperatingModeSchedule.SameHoursDaily,
            Level = ScheduleLevel.Organization,
            SameHoursDaily = new SameHoursDaily { MondayToFriday = Hours(9, 17), SaturdayToSunday = new DaySchedule { Enabled = false } },
        };
        mode = broken switch
        {
            "LOCATION without a location" => mode with { Level = ScheduleLevel.Location },
            "SAME_HOURS_DAILY without hours" => mode with { SameHoursDaily = null },
            _ => mode with { SameHoursDaily = mode.SameHoursDaily! with { MondayToFriday = Hours(17, 9) } },
        };

        var e = await Assert.ThrowsAsync<WebexApiException>(() => Modes.CreateAsync(mode));

        Assert.Equal(HttpStatusCode.BadRequest, e.StatusCode);
        Assert.Contains(expected, e.WebexMessage);
    }

    [Fact]
    public async Task CreateAsync_NameTakenAtTheSameLevel_Is409()
    {
        var e = await Assert.ThrowsAsync<WebexApiException>(() => Modes.CreateAsync(new OperatingMode
        {
            Name = "Business Hours", Type = OperatingModeSchedule.None, Level = ScheduleLevel.Organization,
        }));

        Assert.Equal(HttpStatusCode.Conflict, e.StatusCode);
    }

    [Fact]
    public async Task ListAndAvailable_SeededModes_FilterByLevelLocationAndName()
    {
        string sanJose = fixture.LocationOfUser(0), denver = fixture.LocationOfUser(8);

        var orgLevel = await Modes.ListAsync(limitToOrgLevelEnabled: true).ToListAsync();
        var descending = await Modes.ListAsync(order: "desc").ToListAsync();
        var named = await Modes.ListAsync(name: "after hours").ToListAsync();
        var availableSanJose = await Modes.AvailableAsync(sanJose);
        var availableDenver = await Modes.AvailableAsync(denver);

        Assert.All(orgLevel, m => Assert.Equal(ScheduleLevel.Organization, m.Level));
        Assert.Contains(orgLevel, m => m.Name == "Business Hours");
        Assert.DoesNotContain(orgLevel, m => m.Name == "San Jose After Hours");
        Assert.Equal(descending.Select(m => m.Name).OrderDescending(StringComparer.OrdinalIgnoreCase), descending.Select(m => m.Name));
        var afterHours = Assert.Single(named);
        Assert.Equal(("San Jose After Hours", sanJose, "+14085550100"), (afterHours.Name, afterHours.Location!.Id, afterHours.CallForwarding!.Destination));
        Assert.Contains(availableSanJose, m => m.Name == "San Jose After Hours");
        Assert.Contains(availableSanJose, m => m.Name == "Business Hours");
        Assert.DoesNotContain(availableDenver, m => m.Name == "San Jose After Hours");
        Assert.Contains(availableDenver, m => m.Name == "US Holidays");
    }

    [Fact]
    public async Task CallForwardAvailablePhoneNumbersAsync_LocationPeople_WithOwnersAndFilters()
    {
        string newYork = fixture.LocationOfUser(24);

        var all = await Modes.CallForwardAvailablePhoneNumbersAsync(newYork).ToListAsync();
        var byExtension = await Modes.CallForwardAvailablePhoneNumbersAsync(newYork, extension: "4003").ToListAsync();

        Assert.Equal(8, all.Count);
        Assert.All(all, n => Assert.StartsWith("+1212555040", n.PhoneNumber));
        Assert.All(all, n => Assert.Equal(AvailableNumberOwnerType.People, n.Owner!.OwnerType));
        var one = Assert.Single(byExtension);
        Assert.Equal(("4003", "+12125550403"), (one.Extension, one.PhoneNumber));
        Assert.Equal(fixture.UserId(26), one.Owner!.OwnerId);
    }
}
