using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>Forwarding by operating mode (schedule-based routing).</summary>
public sealed record ForwardOperatingModes
{
    /// <summary>Whether operating modes are on.</summary>
    public bool? Enabled { get; init; }

    /// <summary>The current mode (read-only).</summary>
    public string? CurrentOperatingModeId { get; init; }

    /// <summary>Why the current mode differs from the schedule (read-only).</summary>
    public ExceptionType? ExceptionType { get; init; }

    /// <summary>The modes.</summary>
    public IReadOnlyList<ModeForward>? Modes { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
