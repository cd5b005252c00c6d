using System.Net;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.PersonSettings;

namespace WebexCalling.Sdk.IntegrationTests.Telephony;

/// <summary>
/// api.Telephony.Schedules: the schedules class of people at the location owner kind, against the simulator (US holidays
/// of a location, as the talk's us_holidays example builds them).
/// </summary>
public class LocationSchedulesSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private ScheduleApi Schedules => fixture.H.Api.Telephony.Schedules;

    [Fact]
    public async Task CreateReadUpdateDelete_HolidaySchedule_ReadsBackWhatWasSentThenIs404()
    {
        string denver = fixture.LocationOfUser(8);
        var newYear = new ScheduleEvent
        {
            Name = "New Year", StartDate = new DateOnly(2027, 1, 1), EndDate = new DateOnly(2027, 1, 1), AllDayEnabled = true,
            Recurrence = new ScheduleRecurrence
            {
                RecurForEver = true, RecurYearlyByDate = new RecurYearlyByDate { DayOfMonth = 1, Month = ScheduleMonth.January },
            },
        };

        string id = await Schedules.CreateAsync(denver, new PersonSchedule
        {
            Name = "US holidays 2027", ScheduleType = ScheduleType.Holidays, Events = [newYear],
        });
        var created = await Schedules.DetailsAsync(denver, ScheduleType.Holidays, id);
        string eventId = await Schedules.EventCreateAsync(denver, ScheduleType.Holidays, id, new ScheduleEvent
        {
            Name = "Independence Day", StartDate = new DateOnly(2027, 7, 5), EndDate = new DateOnly(2027, 7, 5), AllDayEnabled = true,
        });
        await Schedules.UpdateAsync(denver, ScheduleType.Holidays, id, created with
        {
            Name = "US federal holidays 2027",
            Events = [created.Events![0] with { NewName = "New Year's Day" }],
        });
        await Schedules.EventUpdateAsync(denver, ScheduleType.Holidays, id, eventId, new ScheduleEvent
        {
            Name = "Independence Day", StartDate = new DateOnly(2027, 7, 5), EndDate = new DateOnly(2027, 7, 5),
            AllDayEnabled = false, StartTime = new TimeOnly(8, 0), EndTime = new TimeOnly(12, 0),
        });
        var updated = await Schedules.DetailsAsync(denver, ScheduleType.Holidays, id);
        var listed = await Schedules.ListAsync(denver, scheduleType: ScheduleType.Holidays).ToListAsync();
        var independence = await Schedules.EventDetailsAsync(denver, ScheduleType.Holidays, id, eventId);
        await Schedules.EventDeleteAsync(denver, ScheduleType.Holidays, id, eventId);
        await Schedules.DeleteAsync(denver, ScheduleType.Holidays, id);
        var gone = await Assert.ThrowsAsync<WebexApiException>(() => Schedules.DetailsAsync(denver, ScheduleType.Holidays, id));

        Assert.Equal("US holidays 2027", created.Name);
        var first = Assert.Single(created.Events!);
        Assert.Equal(ScheduleMonth.January, first.Recurrence!.RecurYearlyByDate!.Month);
        Assert.Equal("US federal holidays 2027", updated.Name);
        Assert.Equal(["New Year's Day", "Independence Day"], updated.Events!.Select(e => e.Name));
        Assert.Equal(new TimeOnly(8, 0), independence.StartTime);
        Assert.False(independence.AllDayEnabled);
        Assert.Contains(listed, s => s.ScheduleId == id && s.Name == "US federal holidays 2027");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.False(string.IsNullOrEmpty(gone.TrackingId));
    }

    [Fact]
    public async Task ListAsync_UnknownLocation_Is404WithWebexMessage()
    {
        string unknown = Convert.ToBase64String("ciscospark://us/LOCATION/00000000-0000-4000-8000-000000000000"u8.ToArray()).TrimEnd('=');

        var e = await Assert.ThrowsAsync<WebexApiException>(() => Schedules.ListAsync(unknown).ToListAsync().AsTask());

        Assert.Equal(HttpStatusCode.NotFound, e.StatusCode);
        Assert.Contains("Location not found", e.Message, StringComparison.Ordinal);
    }
}
