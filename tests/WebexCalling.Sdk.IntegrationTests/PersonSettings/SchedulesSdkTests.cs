using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.PersonSettings;
using static WebexCalling.Sdk.IntegrationTests.PersonSettings.SettingsAssert;

namespace WebexCalling.Sdk.IntegrationTests.PersonSettings;

/// <summary>Personal schedules and their events through the SDK against the simulator: create, read, update, list, delete.</summary>
public class SchedulesSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private ScheduleApi Schedules => fixture.H.Api.PersonSettings.Schedules;

    private static ScheduleEvent Workday(string name) => new()
    {
        Name = name,
        StartDate = new DateOnly(2026, 1, 5),
        EndDate = new DateOnly(2026, 1, 5),
        StartTime = new TimeOnly(8, 30),
        EndTime = new TimeOnly(17, 0),
        AllDayEnabled = false,
        Recurrence = new ScheduleRecurrence { RecurWeekly = new RecurWeekly { RecurInterval = 1, Monday = true, Friday = true } },
    };

    [Fact]
    public async Task Schedule_CreateReadUpdateListDelete_GoneAfterDelete()
    {
        string person = fixture.UserId(0);
        var schedule = new PersonSchedule { Name = "Office hours", ScheduleType = ScheduleType.BusinessHours, Events = [Workday("weekdays")] };
        string id = await Schedules.CreateAsync(person, schedule);
        string type = ScheduleType.BusinessHours.Value;

        var read = await Schedules.DetailsAsync(person, type, id);
        Assert.Equal(id, read.ScheduleId);
        Assert.Equal("Office hours", read.Name);
        Assert.Equal(ScheduleType.BusinessHours, read.ScheduleType);
        var ev = Assert.Single(read.Events!);
        Assert.False(string.IsNullOrEmpty(ev.EventId));
        Same(Workday("weekdays") with { EventId = ev.EventId }, ev);

        // rename the schedule and change its event's end time
        string updatedId = await Schedules.UpdateAsync(person, type, id, read with
        {
            Name = "Office hours 2026",
            Events = [ev with { EndTime = new TimeOnly(18, 0) }],
        });
        Assert.False(string.IsNullOrEmpty(updatedId));
        var updated = await Schedules.DetailsAsync(person, type, updatedId);
        Assert.Equal("Office hours 2026", updated.Name);
        var updatedEvent = Assert.Single(updated.Events!);
        Assert.Equal(new TimeOnly(18, 0), updatedEvent.EndTime);
        Same(ev with { EndTime = new TimeOnly(18, 0) }, updatedEvent);

        string holidays = await Schedules.CreateAsync(person, new PersonSchedule
        {
            Name = "Holidays",
            ScheduleType = ScheduleType.Holidays,
            Events = [new ScheduleEvent { Name = "New year", StartDate = new DateOnly(2026, 1, 1), EndDate = new DateOnly(2026, 1, 1), AllDayEnabled = true }],
        });
        var all = await Schedules.ListAsync(person).ToListAsync();
        Assert.Equal(["Holidays", "Office hours 2026"], all.Select(s => s.Name).Order(StringComparer.Ordinal));
        var onlyHolidays = await Schedules.ListAsync(person, scheduleType: ScheduleType.Holidays).ToListAsync();
        Assert.Equal(holidays, Assert.Single(onlyHolidays).ScheduleId);
        var byName = await Schedules.ListAsync(person, name: "Office hours 2026").ToListAsync();
        Assert.Equal(updatedId, Assert.Single(byName).ScheduleId);

        await Schedules.DeleteAsync(person, type, updatedId);
        await NotFoundAsync(() => Schedules.DetailsAsync(person, type, updatedId));
        Assert.Equal(holidays, Assert.Single(await Schedules.ListAsync(person).ToListAsync()).ScheduleId);
    }

    [Fact]
    public async Task Event_CreateReadUpdateDelete_GoneAfterDelete()
    {
        string person = fixture.UserId(1);
        string type = ScheduleType.BusinessHours.Value;
        string id = await Schedules.CreateAsync(person, new PersonSchedule { Name = "Shifts", ScheduleType = ScheduleType.BusinessHours, Events = [Workday("early")] });

        string eventId = await Schedules.EventCreateAsync(person, type, id, Workday("late") with { StartTime = new TimeOnly(14, 0), EndTime = new TimeOnly(22, 0) });
        var read = await Schedules.EventDetailsAsync(person, type, id, eventId);
        Same(Workday("late") with { EventId = eventId, StartTime = new TimeOnly(14, 0), EndTime = new TimeOnly(22, 0) }, read);

        string updatedId = await Schedules.EventUpdateAsync(person, type, id, eventId, read with { NewName = "evening", EndTime = new TimeOnly(23, 0) });
        Assert.False(string.IsNullOrEmpty(updatedId));
        var updated = await Schedules.EventDetailsAsync(person, type, id, updatedId);
        Same(read with { Name = "evening", EventId = updatedId, EndTime = new TimeOnly(23, 0) }, updated);

        var schedule = await Schedules.DetailsAsync(person, type, id);
        Assert.Equal(["early", "evening"], schedule.Events!.Select(e => e.Name).Order(StringComparer.Ordinal));

        await Schedules.EventDeleteAsync(person, type, id, updatedId);
        await NotFoundAsync(() => Schedules.EventDetailsAsync(person, type, id, updatedId));
        Assert.Equal("early", Assert.Single((await Schedules.DetailsAsync(person, type, id)).Events!).Name);
    }
}
