using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Yearly recurrence on a date.</summary>
public sealed record RecurYearlyByDate
{
    /// <summary>The day of the month.</summary>
    public int? DayOfMonth { get; init; }

    /// <summary>The month.</summary>
    public ScheduleMonth? Month { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
