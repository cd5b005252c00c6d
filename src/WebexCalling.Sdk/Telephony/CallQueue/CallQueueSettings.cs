using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>Organization-wide call queue settings.</summary>
public sealed record CallQueueSettings
{
    /// <summary>Whether the optimized simultaneous ring algorithm keeps callers' queue positions.</summary>
    public bool? MaintainQueuePositionForSimRingEnabled { get; init; }

    /// <summary>Whether an agent becomes unavailable when a call bounces.</summary>
    public bool? ForceAgentUnavailableOnBouncedEnabled { get; init; }

    /// <summary>Default: agents hear a tone when a supervisor barges in.</summary>
    public bool? PlayToneToAgentForBargeInEnabled { get; init; }

    /// <summary>Default: agents hear a tone when a supervisor monitors silently.</summary>
    public bool? PlayToneToAgentForSilentMonitoringEnabled { get; init; }

    /// <summary>Default: agents hear a tone when a supervisor coaches.</summary>
    public bool? PlayToneToAgentForSupervisorCoachingEnabled { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
