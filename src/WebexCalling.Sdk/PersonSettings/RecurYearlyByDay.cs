using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Yearly recurrence on a weekday of a week of a month (e.g. the first Monday of May).</summary>
public sealed record RecurYearlyByDay
{
    /// <summary>The day of the week.</summary>
    public ScheduleDay? Day { get; init; }

    /// <summary>The week of the month.</summary>
    public ScheduleWeek? Week { get; init; }

    /// <summary>The month.</summary>
    public ScheduleMonth? Month { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
