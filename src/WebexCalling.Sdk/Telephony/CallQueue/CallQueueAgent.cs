using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>An agent of one or more call queues, as the agents list shows it.</summary>
public sealed record CallQueueAgent
{
    /// <summary>The agent's id.</summary>
    public string? Id { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Primary phone number.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>Primary extension.</summary>
    public string? Extension { get; init; }

    /// <summary>Routing prefix.</summary>
    public string? RoutingPrefix { get; init; }

    /// <summary>Routing prefix plus extension.</summary>
    public string? Esn { get; init; }

    /// <summary>How many queues the agent belongs to.</summary>
    public int? QueueCount { get; init; }

    /// <summary>How many locations those queues are in.</summary>
    public int? LocationCount { get; init; }

    /// <summary>How many of the queues the agent has joined.</summary>
    public int? JoinCount { get; init; }

    /// <summary>How many of the queues the agent has left.</summary>
    public int? UnjoinCount { get; init; }

    /// <summary>The agent's location.</summary>
    public IdAndName? Location { get; init; }

    /// <summary>The kind of agent (Webex reports <c>PEOPLE</c> for every kind today).</summary>
    // wxc_sdk: str; a wire enum here
    public UserType? Type { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
