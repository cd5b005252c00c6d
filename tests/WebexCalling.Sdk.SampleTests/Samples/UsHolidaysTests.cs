using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.SampleTests.TestSupport;

namespace WebexCalling.Sdk.SampleTests.Samples;

/// <summary>samples/us_holidays.cs against a simulated organisation.</summary>
public sealed class UsHolidaysTests
{
    private const string Schedule = "National Holidays";

    // OPM's observed days of the federal holidays of 2033 (New Year's Day is a Saturday, Juneteenth and Christmas Sundays)
    private static readonly (string Name, DateOnly Date)[] Holidays2033 =
    [
        ("New Year's Day 2033", new(2032, 12, 31)),
        ("Birthday of Martin Luther King, Jr. 2033", new(2033, 1, 17)),
        ("Washington's Birthday 2033", new(2033, 2, 21)),
        ("Memorial Day 2033", new(2033, 5, 30)),
        ("Juneteenth National Independence Day 2033", new(2033, 6, 20)),
        ("Independence Day 2033", new(2033, 7, 4)),
        ("Labor Day 2033", new(2033, 9, 5)),
        ("Columbus Day 2033", new(2033, 10, 10)),
        ("Veterans Day 2033", new(2033, 11, 11)),
        ("Thanksgiving Day 2033", new(2033, 11, 24)),
        ("Christmas Day 2033", new(2033, 12, 26)),
    ];

    [Fact]
    public async Task Creates_the_schedule_where_missing_and_completes_an_existing_one()
    {
        await using var org = await SampleOrg.StartAsync();
        var locations = await org.Api.Locations.ListAsync().ToListAsync();
        var denver = locations.Single(l => l.Name == "Denver");
        // Denver has the schedule with one of the holidays (under another name) and an event of the past
        await org.Api.Telephony.Schedules.CreateAsync(denver.LocationId!, new PersonSchedule
        {
            Name = Schedule, ScheduleType = ScheduleType.Holidays,
            Events =
            [
                new ScheduleEvent { Name = "Thanksgiving", StartDate = new(2033, 11, 24), EndDate = new(2033, 11, 24), AllDayEnabled = true },
                new ScheduleEvent { Name = "Old", StartDate = new(2020, 1, 1), EndDate = new(2020, 1, 1), AllDayEnabled = true },
            ],
        });

        var run = await SampleRun.RunAsync("us_holidays.cs", org, ["--year", "2033"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("11 US federal holidays of 2033 from ", run.Output);
        Assert.Contains("New Year's Day 2032-12-31, Birthday of Martin Luther King, Jr. 2033-01-17, ", run.Output);
        Assert.Contains($"Reading the '{Schedule}' holiday schedule of 4 US locations", run.Output);
        Assert.Contains($"  San Jose: create '{Schedule}' with 11 holidays", run.Output);
        Assert.Contains($"  Denver: '{Schedule}' exists, add 10 holidays (", run.Output);
        Assert.Contains(", delete 1 past events", run.Output);
        Assert.Contains("Applying 14 changes", run.Output); // 3 creates, 10 events added, 1 deleted
        Assert.Contains("  14/14 done, 0 failed", run.Output);
        Assert.Contains("Holiday schedules of 4 locations: 3 to create, 1 to update, 0 up to date, 0 failed to read; changes: 14 done, 0 failed in ", run.Output);
        foreach (var location in locations)
        {
            var events = await EventsAsync(org, location.LocationId!);
            var expected = location.Name == "Denver"
                ? Holidays2033.Where(h => h.Date != new DateOnly(2033, 11, 24)).Append((Name: "Thanksgiving", Date: new DateOnly(2033, 11, 24)))
                : Holidays2033;
            Assert.Equal(expected.Select(h => $"{h.Name} {h.Date:yyyy-MM-dd}").Order(),
                events.Select(e => $"{e.Name} {e.StartDate:yyyy-MM-dd}").Order());
            Assert.All(events, e => Assert.True(e.AllDayEnabled == true && e.EndDate == e.StartDate, e.Name));
        }

        // a second run finds nothing to do
        var again = await SampleRun.RunAsync("us_holidays.cs", org, ["--year", "2033", "--location", "Austin"]);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains($"  Austin: '{Schedule}' is up to date", again.Output);
        Assert.Contains("Holiday schedules of 1 locations: 0 to create, 0 to update, 1 up to date, 0 failed to read; changes: 0 done, 0 failed in ", again.Output);
    }

    [Fact]
    public async Task A_dry_run_changes_nothing()
    {
        await using var org = await SampleOrg.StartAsync();
        var austin = await org.Api.Locations.ListAsync(name: "Austin").FirstAsync();

        var run = await SampleRun.RunAsync("us_holidays.cs", org, ["--year", "2033", "--location", "Austin", "--dry-run"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"  Austin: create '{Schedule}' with 11 holidays", run.Output);
        Assert.Contains("Dry run: 1 locations: 1 to create, 0 to update, 0 up to date, 0 failed to read; 1 changes, nothing changed", run.Output);
        Assert.Empty(await org.Api.Telephony.Schedules.ListAsync(austin.LocationId!, ScheduleType.Holidays, Schedule).ToListAsync());
    }

    [Fact]
    public async Task An_event_the_schedule_refuses_is_reported_and_counted()
    {
        await using var org = await SampleOrg.StartAsync();
        var austin = await org.Api.Locations.ListAsync(name: "Austin").FirstAsync();
        // an event with the holiday's name on another day: Webex refuses a second event of that name
        await org.Api.Telephony.Schedules.CreateAsync(austin.LocationId!, new PersonSchedule
        {
            Name = Schedule, ScheduleType = ScheduleType.Holidays,
            Events = [new ScheduleEvent { Name = "Christmas Day 2033", StartDate = new(2033, 12, 25), EndDate = new(2033, 12, 25), AllDayEnabled = true }],
        });

        var run = await SampleRun.RunAsync("us_holidays.cs", org, ["--year", "2033", "--location", "Austin"]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("  failed: Austin: add Christmas Day 2033: ", run.Output);
        Assert.Contains("  11/11 done, 1 failed", run.Output);
        Assert.Contains("changes: 10 done, 1 failed in ", run.Output);
        Assert.Equal(11, (await EventsAsync(org, austin.LocationId!)).Count);
    }

    private static async Task<IReadOnlyList<ScheduleEvent>> EventsAsync(SampleOrg org, string locationId)
    {
        var schedule = await org.Api.Telephony.Schedules.ListAsync(locationId, ScheduleType.Holidays, Schedule).SingleAsync();
        return (await org.Api.Telephony.Schedules.DetailsAsync(locationId, ScheduleType.Holidays, schedule.ScheduleId!)).Events ?? [];
    }
}
