using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>When a call offered to an agent bounces back to the queue.</summary>
public sealed record CallBounce
{
    /// <summary>Whether a call bounces after <see cref="MaxRings"/> rings.</summary>
    [JsonPropertyName("callBounceEnabled")] // wxc_sdk: enabled
    public bool? Enabled { get; init; }

    /// <summary>Rings after which the call bounces.</summary>
    [JsonPropertyName("callBounceMaxRings")] // wxc_sdk: max_rings
    public int? MaxRings { get; init; }

    /// <summary>Whether a call bounces when the agent becomes unavailable.</summary>
    public bool? AgentUnavailableEnabled { get; init; }

    /// <summary>Whether the agent is alerted when a call is on hold longer than <see cref="AlertAgentMaxSeconds"/>.</summary>
    public bool? AlertAgentEnabled { get; init; }

    /// <summary>Seconds on hold before the agent is alerted.</summary>
    public int? AlertAgentMaxSeconds { get; init; }

    /// <summary>Whether a call bounces when on hold longer than <see cref="OnHoldMaxSeconds"/>.</summary>
    [JsonPropertyName("callBounceOnHoldEnabled")] // wxc_sdk: on_hold_enabled
    public bool? OnHoldEnabled { get; init; }

    /// <summary>Seconds on hold before the call bounces.</summary>
    [JsonPropertyName("callBounceOnHoldMaxSeconds")] // wxc_sdk: on_hold_max_seconds
    public int? OnHoldMaxSeconds { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
