using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>How a call queue routes calls to its agents.</summary>
public sealed record CallQueueCallPolicies
{
    /// <summary>Priority- or skill-based routing.</summary>
    public CQRoutingType? RoutingType { get; init; }

    /// <summary>The order in which agents are offered calls.</summary>
    public Policy? Policy { get; init; }

    /// <summary>When an unanswered call bounces back to the queue.</summary>
    public CallBounce? CallBounce { get; init; }

    /// <summary>Distinctive ring for calls from the queue.</summary>
    public DistinctiveRing? DistinctiveRing { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
