using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings.Executive;

/// <summary>A call filtering criterion of an executive.</summary>
public sealed record ExecCallFilteringCriteria
{
    /// <summary>The criterion id (read-only; not sent).</summary>
    public string? Id { get; init; }

    /// <summary>Its name.</summary>
    public string? FilterName { get; init; }

    /// <summary>The schedule it applies in.</summary>
    public string? ScheduleName { get; init; }

    /// <summary>The kind of schedule.</summary>
    public ScheduleType? ScheduleType { get; init; }

    /// <summary>Whose schedule.</summary>
    public ExecCallFilteringScheduleLevel? ScheduleLevel { get; init; }

    /// <summary>Which callers it matches.</summary>
    public ExecSelectiveFrom? CallsFrom { get; init; }

    /// <summary>True when it matches anonymous callers.</summary>
    public bool? AnonymousCallersEnabled { get; init; }

    /// <summary>True when it matches callers whose number is unavailable.</summary>
    public bool? UnavailableCallersEnabled { get; init; }

    /// <summary>The caller numbers it matches.</summary>
    public IReadOnlyList<string>? PhoneNumbers { get; init; }

    /// <summary>True when matching calls are filtered.</summary>
    public bool? FilterEnabled { get; init; }

    /// <summary>The executive's numbers it matches calls to.</summary>
    public IReadOnlyList<ExecCallFilteringToNumber>? CallsToNumbers { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
