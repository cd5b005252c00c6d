using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>A call queue an agent belongs to.</summary>
[SuppressMessage("Naming", "CA1711", Justification = "A call queue is the Webex feature's name (wxc_sdk: CallQueueAgentQueue).")]
public sealed record CallQueueAgentQueue
{
    /// <summary>The queue's id.</summary>
    public string? Id { get; init; }

    /// <summary>The queue's name.</summary>
    public string? Name { get; init; }

    /// <summary>The queue's phone number.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>The queue's extension.</summary>
    public string? Extension { get; init; }

    /// <summary>Routing prefix.</summary>
    public string? RoutingPrefix { get; init; }

    /// <summary>Routing prefix plus extension.</summary>
    public string? Esn { get; init; }

    /// <summary>The queue's location id.</summary>
    public string? LocationId { get; init; }

    /// <summary>The queue's location name.</summary>
    public string? LocationName { get; init; }

    /// <summary>Whether the agent has joined this queue.</summary>
    public bool? JoinEnabled { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
