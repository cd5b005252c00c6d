#!/usr/bin/env dotnet
// Gives every US location a holiday schedule ("National Holidays" unless --schedule) with the US federal holidays of a
// year: creates the schedule where there is none, and where there is one adds the holidays it lacks (an event on the
// holiday's date counts as present) and deletes its events that ended before today, as wxc_sdk's us_holidays.py and
// us_holidays_async.py examples do. Those asked a web service (calendarific) for the holidays; this script computes
// them itself: the eleven federal holidays of 5 U.S.C. 6103 (Inauguration Day, observed only around Washington DC, is
// left out) on the dates the U.S. Office of Personnel Management observes them (a Saturday holiday on the Friday
// before, a Sunday one on the Monday after; New Year's Day on a Saturday so falls on Dec 31 of the year before).
// Holidays before today are skipped. Locations are worked on many at a time.
// Reads WEBEX_ACCESS_TOKEN from the environment or a .env file; without one it runs against the built-in simulator.
//
//   dotnet run samples/us_holidays.cs -- [--year YYYY] [--location NAME] [--schedule NAME] [--dry-run] [--concurrency N]
#:project ../src/WebexCalling.Sdk/WebexCalling.Sdk.csproj
#:project Common/WebexCalling.Samples.Common.csproj
#:package System.CommandLine
using System.CommandLine;
using WebexCalling.Samples;
using WebexCalling.Sdk;
using WebexCalling.Sdk.Locations;
using WebexCalling.Sdk.PersonSettings;

var yearOption = new Option<int>("--year")
{
    Description = "The year whose holidays to observe", DefaultValueFactory = _ => DateTime.Today.Year + 1,
};
var locationOption = new Option<string?>("--location") { Description = "Only the US location with this name" };
var scheduleOption = new Option<string>("--schedule")
{
    Description = "Name of the holiday schedule", DefaultValueFactory = _ => "National Holidays",
};
var dryRunOption = new Option<bool>("--dry-run") { Description = "Show what would be created or added, change nothing" };
var concurrencyOption = new Option<int>("--concurrency") { Description = "Requests in flight at once", DefaultValueFactory = _ => 10 };
var root = new RootCommand("Create or complete a holiday schedule with the US federal holidays in every US location.")
{
    yearOption, locationOption, scheduleOption, dryRunOption, concurrencyOption,
};
root.SetAction(async (parse, cancellationToken) =>
{
    int year = parse.GetValue(yearOption);
    int concurrency = parse.GetValue(concurrencyOption);
    string scheduleName = parse.GetValue(scheduleOption)!.Trim();
    if (year is < 2000 or > 2100)
    {
        Console.Error.WriteLine("--year must be between 2000 and 2100.");
        return 2;
    }
    if (concurrency < 1)
    {
        Console.Error.WriteLine("--concurrency must be at least 1.");
        return 2;
    }
    if (scheduleName.Length == 0)
    {
        Console.Error.WriteLine("--schedule must not be empty.");
        return 2;
    }
    using var connection = SampleConnection.Open();
    var api = connection.Api;
    var today = DateOnly.FromDateTime(DateTime.Today);
    var holidays = FederalHolidays.Of(year).Where(h => h.Observed >= today).ToList();
    Console.WriteLine($"{holidays.Count} US federal holidays of {year} from {today:yyyy-MM-dd} on: "
        + string.Join(", ", holidays.Select(h => $"{h.Name} {h.Observed:yyyy-MM-dd}")));
    try
    {
        var locations = await api.Locations.ListAsync(cancellationToken: cancellationToken)
            .Where(l => l.Address?.Country == "US")
            .ToListAsync(cancellationToken);
        if (parse.GetValue(locationOption) is { } locationName)
        {
            locations = [.. locations.Where(l => l.Name == locationName)];
            if (locations.Count == 0)
            {
                Console.Error.WriteLine($"No US location named '{locationName}'.");
                return 1;
            }
        }
        Console.WriteLine($"Reading the '{scheduleName}' holiday schedule of {locations.Count} US locations");
        var plans = new List<LocationPlan>();
        var read = await Bulk.RunAsync(locations, async (location, ct) =>
        {
            var plan = await PlanAsync(location, ct);
            lock (plans) plans.Add(plan);
        }, l => l.Name ?? l.LocationId!, Console.Out, concurrency, cancellationToken);

        // one work item per request: a new schedule with all its events, or one event added to or deleted from a schedule
        var work = new List<Change>();
        foreach (var plan in plans.OrderBy(p => p.Location.Name, StringComparer.Ordinal))
        {
            string name = plan.Location.Name!;
            if (plan.ScheduleId is null)
            {
                if (plan.ToAdd.Count == 0)
                {
                    Console.WriteLine($"  {name}: no schedule and no holidays left to observe");
                    continue;
                }
                Console.WriteLine($"  {name}: create '{scheduleName}' with {plan.ToAdd.Count} holidays");
                work.Add(new Change($"{name}: create '{scheduleName}'", ct => api.Telephony.Schedules.CreateAsync(
                    plan.Location.LocationId!, new PersonSchedule
                    {
                        Name = scheduleName, ScheduleType = ScheduleType.Holidays, Events = [.. plan.ToAdd.Select(Event)],
                    }, cancellationToken: ct)));
                continue;
            }
            if (plan.ToAdd.Count == 0 && plan.ToDelete.Count == 0)
            {
                Console.WriteLine($"  {name}: '{scheduleName}' is up to date");
                continue;
            }
            Console.WriteLine($"  {name}: '{scheduleName}' exists, add {plan.ToAdd.Count} holidays"
                + (plan.ToAdd.Count > 0 ? $" ({string.Join(", ", plan.ToAdd.Select(h => h.Name))})" : "")
                + $", delete {plan.ToDelete.Count} past events");
            foreach (var holiday in plan.ToAdd)
                work.Add(new Change($"{name}: add {EventName(holiday)}", ct => api.Telephony.Schedules.EventCreateAsync(
                    plan.Location.LocationId!, ScheduleType.Holidays, plan.ScheduleId, Event(holiday), cancellationToken: ct)));
            foreach (var past in plan.ToDelete)
                work.Add(new Change($"{name}: delete {past.Name}", ct => api.Telephony.Schedules.EventDeleteAsync(
                    plan.Location.LocationId!, ScheduleType.Holidays, plan.ScheduleId, past.EventId!, cancellationToken: ct)));
        }

        int creates = plans.Count(p => p.ScheduleId is null && p.ToAdd.Count > 0);
        int updates = plans.Count(p => p.ScheduleId is not null && (p.ToAdd.Count > 0 || p.ToDelete.Count > 0));
        int current = plans.Count(p => p.ScheduleId is not null && p.ToAdd.Count == 0 && p.ToDelete.Count == 0);
        string counts = $"{creates} to create, {updates} to update, {current} up to date, {read.Failed} failed to read";
        if (parse.GetValue(dryRunOption))
        {
            Console.WriteLine($"Dry run: {locations.Count} locations: {counts}; {work.Count} changes, nothing changed");
            return read.Failed == 0 ? 0 : 1;
        }
        Console.WriteLine($"Applying {work.Count} changes");
        var result = await Bulk.RunAsync(work, (change, ct) => change.Apply(ct), change => change.Description,
            Console.Out, concurrency, cancellationToken);
        Console.WriteLine($"Holiday schedules of {locations.Count} locations: {counts}; changes: {result}");
        return read.Failed == 0 && result.Failed == 0 ? 0 : 1;
    }
    catch (WebexApiException e)
    {
        Console.Error.WriteLine(e.Message);
        return 1;
    }

    // what one location needs: the schedule's id (null: create it), the holidays it lacks, its events of the past
    async Task<LocationPlan> PlanAsync(Location location, CancellationToken ct)
    {
        var schedules = api.Telephony.Schedules;
        var found = await schedules.ListAsync(location.LocationId!, ScheduleType.Holidays, scheduleName, cancellationToken: ct)
            .FirstOrDefaultAsync(s => s.Name == scheduleName, ct);
        if (found is null) return new LocationPlan(location, null, holidays, []);
        // the list leaves the events out
        var schedule = await schedules.DetailsAsync(location.LocationId!, ScheduleType.Holidays, found.ScheduleId!, cancellationToken: ct);
        var events = schedule.Events ?? [];
        var dates = events.Select(e => e.StartDate).ToHashSet();
        return new LocationPlan(location, found.ScheduleId, [.. holidays.Where(h => !dates.Contains(h.Observed))],
            [.. events.Where(e => (e.EndDate ?? e.StartDate) < today)]);
    }
});
return await root.Parse(args).InvokeAsync();

static string EventName(Holiday holiday) => $"{holiday.Name} {holiday.Year}";

static ScheduleEvent Event(Holiday holiday) => new()
{
    Name = EventName(holiday), StartDate = holiday.Observed, EndDate = holiday.Observed, AllDayEnabled = true,
};

/// <summary>A federal holiday: its name, the year it belongs to, the day it is observed.</summary>
internal sealed record Holiday(string Name, int Year, DateOnly Observed);

/// <summary>What one location needs.</summary>
internal sealed record LocationPlan(Location Location, string? ScheduleId, IReadOnlyList<Holiday> ToAdd,
    IReadOnlyList<ScheduleEvent> ToDelete);

/// <summary>One request of the run.</summary>
internal sealed record Change(string Description, Func<CancellationToken, Task> Apply);

/// <summary>The US federal holidays (5 U.S.C. 6103) and the days OPM observes them.</summary>
internal static class FederalHolidays
{
    /// <summary>The holidays of <paramref name="year"/> in calendar order, each on its observed day.</summary>
    public static IEnumerable<Holiday> Of(int year)
    {
        (string Name, DateOnly Date)[] days =
        [
            ("New Year's Day", new DateOnly(year, 1, 1)),
            ("Birthday of Martin Luther King, Jr.", Nth(year, 1, DayOfWeek.Monday, 3)),
            ("Washington's Birthday", Nth(year, 2, DayOfWeek.Monday, 3)),
            ("Memorial Day", Last(year, 5, DayOfWeek.Monday)),
            ("Juneteenth National Independence Day", new DateOnly(year, 6, 19)),
            ("Independence Day", new DateOnly(year, 7, 4)),
            ("Labor Day", Nth(year, 9, DayOfWeek.Monday, 1)),
            ("Columbus Day", Nth(year, 10, DayOfWeek.Monday, 2)),
            ("Veterans Day", new DateOnly(year, 11, 11)),
            ("Thanksgiving Day", Nth(year, 11, DayOfWeek.Thursday, 4)),
            ("Christmas Day", new DateOnly(year, 12, 25)),
        ];
        return days.Select(d => new Holiday(d.Name, year, Observed(d.Date)));
    }

    /// <summary>A Saturday holiday is observed the Friday before, a Sunday one the Monday after.</summary>
    public static DateOnly Observed(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(-1),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };

    private static DateOnly Nth(int year, int month, DayOfWeek day, int n)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)day - (int)first.DayOfWeek + 7) % 7 + 7 * (n - 1));
    }

    private static DateOnly Last(int year, int month, DayOfWeek day)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)day + 7) % 7));
    }
}
