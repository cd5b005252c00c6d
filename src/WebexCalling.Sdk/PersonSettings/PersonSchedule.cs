using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A schedule of a person (wxc_sdk <c>Schedule</c>): business hours or holidays, made of events.</summary>
public sealed record PersonSchedule
{
    /// <summary>The schedule's name.</summary>
    public string? Name { get; init; }

    /// <summary>A new name, only used by an update (the schedule's id changes with its name).</summary>
    public string? NewName { get; init; }

    /// <summary>The schedule's id (read-only; not sent on create or update).</summary>
    [JsonPropertyName("id")] // wxc_sdk: schedule_id
    public string? ScheduleId { get; init; }

    /// <summary>Where the schedule is defined; only in list answers for a person.</summary>
    public ScheduleLevel? Level { get; init; }

    /// <summary>The location's name, for location schedules in list answers (read-only).</summary>
    public string? LocationName { get; init; }

    /// <summary>The location's id, for location schedules in list answers (read-only).</summary>
    public string? LocationId { get; init; }

    /// <summary>Business hours or holidays.</summary>
    [JsonPropertyName("type")] // wxc_sdk: schedule_type
    public ScheduleType? ScheduleType { get; init; }

    /// <summary>The schedule's events.</summary>
    public IReadOnlyList<ScheduleEvent>? Events { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
