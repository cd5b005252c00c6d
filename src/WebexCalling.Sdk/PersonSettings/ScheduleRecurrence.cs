using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>How a schedule event repeats (wxc_sdk <c>Recurrence</c>). Person schedules use daily or weekly recurrence; location schedules weekly or yearly.</summary>
public sealed record ScheduleRecurrence
{
    /// <summary>True when the event repeats forever.</summary>
    public bool? RecurForEver { get; init; }

    /// <summary>The last day the event repeats on (<c>YYYY-MM-DD</c>).</summary>
    public DateOnly? RecurEndDate { get; init; }

    /// <summary>The number of repetitions after which the recurrence ends (person schedules only).</summary>
    public int? RecurEndOccurrence { get; init; }

    /// <summary>Repeat every n days (person schedules only; not with weekly recurrence).</summary>
    public RecurDaily? RecurDaily { get; init; }

    /// <summary>Repeat on given days of the week.</summary>
    public RecurWeekly? RecurWeekly { get; init; }

    /// <summary>Repeat every year on a date (location schedules only).</summary>
    public RecurYearlyByDate? RecurYearlyByDate { get; init; }

    /// <summary>Repeat every year on a weekday of a week of a month (location schedules only).</summary>
    public RecurYearlyByDay? RecurYearlyByDay { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
