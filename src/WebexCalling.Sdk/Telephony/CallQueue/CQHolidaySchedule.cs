using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>A schedule a call queue policy can use.</summary>
public sealed record CQHolidaySchedule
{
    /// <summary>The schedule's name.</summary>
    public string? ScheduleName { get; init; }

    /// <summary>Location or organization schedule.</summary>
    public ScheduleLevel? ScheduleLevel { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
