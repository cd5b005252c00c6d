using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

public class ScheduleApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";
    private const string ScheduleId = "Y2lzY29zcGFyazovL3VzL1VTRVJfU0NIRURVTEUvUkdGc2JHRnpYMDltWm1salpWOUliM1Z5Y3c9PQ";
    private const string EventId = "Y2lzY29zcGFyazovL3VzL1VTRVJfU0NIRURVTEVfRVZFTlQvUkdGNVgxTm9hV1ow";
    private const string Base = $"people/{PersonId}/features/schedules";
    private const string SchedulePath = $"{Base}/businessHours/{ScheduleId}";

    [Fact]
    public async Task ListAsync_WithFilters_SendsQueryAndParsesSchedules()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Base}?type=businessHours&name=Dallas_Office_Hours&orgId=O1").RespondJson(ApiHarness.Sample("person_schedules_list"));

        var schedules = await h.Api.PersonSettings.Schedules
            .ListAsync(PersonId, ScheduleType.BusinessHours, "Dallas_Office_Hours", orgId: "O1").ToListAsync();

        var schedule = Assert.Single(schedules);
        Assert.Equal(ScheduleId, schedule.ScheduleId);
        Assert.Equal("Dallas_Office_Hours", schedule.Name);
        Assert.Equal(ScheduleType.BusinessHours, schedule.ScheduleType);
    }

    [Fact]
    public void ListAsync_EmptyId_ThrowsAtTheCall()
    {
        using var h = new ApiHarness();

        Assert.Throws<ArgumentException>(() => h.Api.PersonSettings.Schedules.ListAsync(""));

        Assert.Empty(h.Requests);
    }

    [Fact]
    public async Task DetailsAsync_OfficialExample_ParsesEventsDatesAndTimes()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{SchedulePath}?orgId=O1").RespondJson(ApiHarness.Sample("person_schedule_details"));

        var schedule = await h.Api.PersonSettings.Schedules.DetailsAsync(PersonId, ScheduleType.BusinessHours, ScheduleId, orgId: "O1");

        var e = Assert.Single(schedule.Events!);
        Assert.Equal("Day_Shift", e.Name);
        Assert.Equal(new DateOnly(2020, 3, 18), e.StartDate);
        Assert.Equal(new TimeOnly(8, 0), e.StartTime);
        Assert.Equal(new TimeOnly(17, 0), e.EndTime); // the example's "endTime": 1020, read as minutes after midnight
        Assert.False(e.AllDayEnabled);
        Assert.Equal(1, e.Recurrence!.RecurDaily!.RecurInterval);
        Assert.True(e.Recurrence.RecurWeekly!.Wednesday);
        Assert.False(e.Recurrence.RecurWeekly.Monday);
        Assert.Equal(new DateOnly(2020, 3, 18), e.Recurrence.RecurEndDate);
        Assert.Equal(1, e.Recurrence.RecurEndOccurrence);
    }

    [Fact]
    public async Task CreateAsync_SendsScheduleWithoutIdsAndReturnsId()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, Base).RespondJson(ApiHarness.Sample("person_schedule_create"));
        var schedule = new PersonSchedule
        {
            ScheduleId = "old",
            Name = "Dallas_Office_Hours",
            ScheduleType = ScheduleType.BusinessHours,
            Events =
            [
                new ScheduleEvent
                {
                    EventId = "old-event", Name = "Day_Shift", StartDate = new DateOnly(2020, 3, 18), EndDate = new DateOnly(2020, 3, 18),
                    StartTime = new TimeOnly(8, 0), EndTime = new TimeOnly(17, 30), AllDayEnabled = false,
                    Recurrence = new ScheduleRecurrence { RecurForEver = true, RecurWeekly = new RecurWeekly { Wednesday = true } },
                },
            ],
        };

        string id = await h.Api.PersonSettings.Schedules.CreateAsync(PersonId, schedule);

        Assert.Equal(ScheduleId, id);
        JsonAssert.Equal("""
            {"name": "Dallas_Office_Hours", "type": "businessHours",
             "events": [{"name": "Day_Shift", "startDate": "2020-03-18", "endDate": "2020-03-18", "startTime": "08:00", "endTime": "17:30",
                         "allDayEnabled": false, "recurrence": {"recurForEver": true, "recurWeekly": {"wednesday": true}}}]}
            """, h.Single().Body);
    }

    [Fact]
    public async Task ReadThenUpdate_EventsCarryNewName_UnknownFieldsSurvive_ReturnsNewId()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet(SchedulePath).RespondJson($$"""
            {"id": "{{ScheduleId}}", "name": "Hours", "type": "businessHours", "level": "PEOPLE", "colour": "blue",
             "events": [{"id": "{{EventId}}", "name": "Day", "startDate": "2020-03-18", "endDate": "2020-03-18", "allDayEnabled": true,
                         "priority": 2}]}
            """);
        h.Mock.On(HttpMethod.Put, SchedulePath).RespondJson(ApiHarness.Sample("person_schedule_update"));

        var schedule = await h.Api.PersonSettings.Schedules.DetailsAsync(PersonId, "businessHours", ScheduleId);
        string id = await h.Api.PersonSettings.Schedules.UpdateAsync(PersonId, ScheduleType.BusinessHours, ScheduleId,
            schedule with { NewName = "Office" });

        Assert.Equal("Y2lzY29zcGFyazovL3VzL1VTRVJfU0NIRURVTEUvVW1samFHRnlaSE52Ymw5UFptWnBZMlZmU0c5MWNuTT0", id);
        JsonAssert.Equal("""
            {"name": "Hours", "newName": "Office", "type": "businessHours", "level": "PEOPLE", "colour": "blue",
             "events": [{"name": "Day", "newName": "Day", "startDate": "2020-03-18", "endDate": "2020-03-18", "allDayEnabled": true,
                         "priority": 2}]}
            """, h.Requests[1].Body);
    }

    [Fact]
    public async Task DeleteAsync_DeletesTheSchedule()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Delete, $"{Base}/holidays/{ScheduleId}?orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.Schedules.DeleteAsync(PersonId, ScheduleType.Holidays, ScheduleId, orgId: "O1");

        Assert.Equal(HttpMethod.Delete, h.Single().Method);
    }

    [Fact]
    public async Task EventDetailsAsync_OfficialExample_ParsesEvent()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{SchedulePath}/events/{EventId}").RespondJson(ApiHarness.Sample("person_schedule_event_details"));

        var e = await h.Api.PersonSettings.Schedules.EventDetailsAsync(PersonId, ScheduleType.BusinessHours, ScheduleId, EventId);

        Assert.Equal(EventId, e.EventId);
        Assert.Equal("Day_Shift", e.Name);
        Assert.Equal(new DateOnly(2020, 3, 18), e.EndDate);
        Assert.True(e.Recurrence!.RecurForEver);
    }

    [Fact]
    public async Task EventCreateAsync_PostsEventWithoutIdAndReturnsId()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, $"{SchedulePath}/events?orgId=O1").RespondJson(ApiHarness.Sample("person_schedule_event_create"));

        string id = await h.Api.PersonSettings.Schedules.EventCreateAsync(PersonId, ScheduleType.BusinessHours, ScheduleId,
            new ScheduleEvent { EventId = "x", Name = "Day_Shift", StartDate = new DateOnly(2020, 3, 18), EndDate = new DateOnly(2020, 3, 18),
                AllDayEnabled = true, Recurrence = new ScheduleRecurrence { RecurDaily = new RecurDaily { RecurInterval = 2 }, RecurEndOccurrence = 5 } },
            orgId: "O1");

        Assert.Equal(EventId, id);
        JsonAssert.Equal("""
            {"name": "Day_Shift", "startDate": "2020-03-18", "endDate": "2020-03-18", "allDayEnabled": true,
             "recurrence": {"recurDaily": {"recurInterval": 2}, "recurEndOccurrence": 5}}
            """, h.Single().Body);
    }

    [Fact]
    public async Task EventUpdateAsync_SendsNewNameAndReturnsId()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"{SchedulePath}/events/{EventId}").RespondJson(ApiHarness.Sample("person_schedule_event_update"));

        string id = await h.Api.PersonSettings.Schedules.EventUpdateAsync(PersonId, ScheduleType.BusinessHours, ScheduleId, EventId,
            new ScheduleEvent { EventId = EventId, Name = "Day_Shift", NewName = "Central_Zone_Day_Shift", StartTime = new TimeOnly(9, 5) });

        Assert.Equal("Y2lzY29zcGFyazovL3VzL1VTRVJfU0NIRURVTEVfRVZFTlQvUTJWdWRISmhiRjlhYjI1bFgwUmhlVjlUYUdsbWRBPT0", id);
        JsonAssert.Equal("""{"name": "Day_Shift", "newName": "Central_Zone_Day_Shift", "startTime": "09:05"}""", h.Single().Body);
    }

    [Fact]
    public async Task EventDeleteAsync_DeletesTheEvent()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Delete, $"{SchedulePath}/events/{EventId}").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.Schedules.EventDeleteAsync(PersonId, ScheduleType.BusinessHours, ScheduleId, EventId);

        Assert.Equal(HttpMethod.Delete, h.Single().Method);
    }

    [Fact]
    public async Task DetailsAsync_EmptyScheduleType_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.PersonSettings.Schedules.DetailsAsync(PersonId, "", ScheduleId));

        Assert.Empty(h.Requests);
    }
}
