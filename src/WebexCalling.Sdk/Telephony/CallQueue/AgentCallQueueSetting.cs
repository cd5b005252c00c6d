using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>Whether an agent has joined one call queue.</summary>
public sealed record AgentCallQueueSetting
{
    /// <summary>The queue's id.</summary>
    public string? QueueId { get; init; }

    /// <summary>Whether the agent has joined the queue.</summary>
    public bool? JoinEnabled { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
