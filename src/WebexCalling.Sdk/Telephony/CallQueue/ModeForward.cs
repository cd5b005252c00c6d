using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>Forwarding for one operating mode.</summary>
public sealed record ModeForward
{
    /// <summary>Whether the mode operates normally.</summary>
    public bool? NormalOperationEnabled { get; init; }

    /// <summary>The mode's id.</summary>
    public string? Id { get; init; }

    /// <summary>The mode's name (read-only).</summary>
    public string? Name { get; init; }

    /// <summary>The mode's schedule kind (read-only).</summary>
    public OperatingModeSchedule? Type { get; init; }

    /// <summary>The mode's level (read-only).</summary>
    public ScheduleLevel? Level { get; init; }

    /// <summary>Where calls go in this mode.</summary>
    public ModeForwardTo? ForwardTo { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
