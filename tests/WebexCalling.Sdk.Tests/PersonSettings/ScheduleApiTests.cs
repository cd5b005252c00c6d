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
    public void ListAsync_EmptyId_ThrowsAtTheCall()
    {
        using var h = new ApiHarness();

        Assert.Throws<ArgumentException>(() => h.Api.PersonSettings.Schedules.ListAsync(""));

        Assert.Empty(h.Requests);
    }

    [Fact]
    public async Task DetailsAsync_TimeAsMinutes_ReadsTheTimeOfDay()
    {
        using var h = new ApiHarness();
        // an earlier official example answered "endTime": 1020, minutes after midnight
        h.Mock.OnGet(SchedulePath).RespondJson("""
            {"name": "Hours", "type": "businessHours",
             "events": [{"name": "Day", "startDate": "2020-03-18", "endDate": "2020-03-18", "startTime": "08:00", "endTime": 1020}]}
            """);

        var schedule = await h.Api.PersonSettings.Schedules.DetailsAsync(PersonId, ScheduleType.BusinessHours, ScheduleId);

        var e = Assert.Single(schedule.Events!);
        Assert.Equal(new TimeOnly(8, 0), e.StartTime);
        Assert.Equal(new TimeOnly(17, 0), e.EndTime);
        Assert.Equal(new DateOnly(2020, 3, 18), e.StartDate);
    }

    [Fact]
    public async Task ReadThenUpdate_UnknownFieldsSurvive_IdsLevelAndEventNewNamesAreNotSent()
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
            {"name": "Hours", "newName": "Office", "type": "businessHours", "colour": "blue",
             "events": [{"name": "Day", "startDate": "2020-03-18", "endDate": "2020-03-18", "allDayEnabled": true,
                         "priority": 2}]}
            """, h.Requests[1].Body);
    }

    [Fact]
    public async Task UpdateAsync_Location_SendsEachEventsNewNameButNoTypeOrNewName()
    {
        using var h = new ApiHarness();
        h.Mock.Fallback.RespondJson("""{"id": "S2"}""");
        var schedule = new PersonSchedule
        {
            Name = "Holidays 2027", NewName = "ignored", ScheduleType = ScheduleType.Holidays,
            Events = [new ScheduleEvent { Name = "New Year", StartDate = new DateOnly(2027, 1, 1), EndDate = new DateOnly(2027, 1, 1),
                AllDayEnabled = true, Recurrence = new ScheduleRecurrence { RecurForEver = true, RecurDaily = new RecurDaily { RecurInterval = 1 } } }],
        };

        await h.Api.Telephony.Schedules.UpdateAsync("L1", ScheduleType.Holidays, "S1", schedule);

        Assert.Equal("/v1/telephony/config/locations/L1/schedules/holidays/S1", h.Single().PathAndQuery);
        JsonAssert.Equal("""
            {"name": "Holidays 2027",
             "events": [{"name": "New Year", "newName": "New Year", "startDate": "2027-01-01", "endDate": "2027-01-01",
                         "allDayEnabled": true, "recurrence": {"recurForEver": true}}]}
            """, h.Single().Body);
    }

    [Fact]
    public async Task EventUpdateAsync_WithoutNewName_SendsItsName()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"{SchedulePath}/events/{EventId}").RespondJson(ApiHarness.Sample("person_schedule_event_update"));

        await h.Api.PersonSettings.Schedules.EventUpdateAsync(PersonId, ScheduleType.BusinessHours, ScheduleId, EventId,
            new ScheduleEvent { EventId = EventId, Name = "Day_Shift", StartTime = new TimeOnly(9, 5) });

        JsonAssert.Equal("""{"name": "Day_Shift", "newName": "Day_Shift", "startTime": "09:05"}""", h.Single().Body);
    }

    [Fact]
    public async Task DetailsAsync_EmptyScheduleType_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.PersonSettings.Schedules.DetailsAsync(PersonId, "", ScheduleId));

        Assert.Empty(h.Requests);
    }
}
