using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>An event of a schedule (wxc_sdk <c>Event</c>): a time span, possibly recurring.</summary>
public sealed record ScheduleEvent
{
    /// <summary>The event's id (read-only; not sent on create or update).</summary>
    [JsonPropertyName("id")] // wxc_sdk: event_id
    public string? EventId { get; init; }

    /// <summary>The event's name.</summary>
    public string? Name { get; init; }

    /// <summary>A new name, only used by an update (the event's id changes with its name).</summary>
    public string? NewName { get; init; }

    /// <summary>The first day of the event (<c>YYYY-MM-DD</c>).</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>The last day of the event (<c>YYYY-MM-DD</c>).</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary>The start time (<c>HH:MM</c>); required unless the event is all day.</summary>
    [JsonConverter(typeof(ScheduleTimeConverter))]
    public TimeOnly? StartTime { get; init; }

    /// <summary>The end time (<c>HH:MM</c>); required unless the event is all day.</summary>
    [JsonConverter(typeof(ScheduleTimeConverter))]
    public TimeOnly? EndTime { get; init; }

    /// <summary>True for an all-day event.</summary>
    public bool? AllDayEnabled { get; init; }

    /// <summary>How the event repeats.</summary>
    public ScheduleRecurrence? Recurrence { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
