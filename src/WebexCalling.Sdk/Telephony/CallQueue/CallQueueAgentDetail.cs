using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>An agent with the call queues it belongs to.</summary>
public sealed record CallQueueAgentDetail
{
    /// <summary>The agent.</summary>
    public CallQueueAgent? Agent { get; init; }

    /// <summary>The queues.</summary>
    public IReadOnlyList<CallQueueAgentQueue>? Queues { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
