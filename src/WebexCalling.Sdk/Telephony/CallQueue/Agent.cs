using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>A member of a call queue or hunt group: a person, workspace or virtual line.</summary>
public sealed record Agent
{
    /// <summary>The id of the person, workspace or virtual line.</summary>
    [JsonPropertyName("id")] // wxc_sdk: agent_id
    public string? AgentId { get; init; }

    /// <summary>First name (read-only).</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name (read-only).</summary>
    public string? LastName { get; init; }

    /// <summary>The kind of member (read-only).</summary>
    [JsonPropertyName("type")] // wxc_sdk: user_type
    public UserType? UserType { get; init; }

    /// <summary>Phone number (read-only).</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>Extension (read-only).</summary>
    public string? Extension { get; init; }

    /// <summary>Routing prefix of the member's location (read-only).</summary>
    public string? RoutingPrefix { get; init; }

    /// <summary>Routing prefix plus extension (read-only).</summary>
    public string? Esn { get; init; }

    /// <summary>Weight in percent; used only with the <c>WEIGHTED</c> policy.</summary>
    public string? Weight { get; init; }

    /// <summary>Skill level; used only with the <c>SKILL_BASED</c> routing type.</summary>
    public int? SkillLevel { get; init; }

    /// <summary>Whether the agent has joined the queue (call queues only).</summary>
    public bool? JoinEnabled { get; init; }

    /// <summary>The member's location (read-only).</summary>
    public IdAndName? Location { get; init; }

    /// <summary>Whether the member has a Customer Assist license (read-only).</summary>
    public bool? HasCxEssentials { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>The agent as a create or update body carries it: only the id and the routing attributes.</summary>
    internal Agent ForUpdate() => this with
    {
        FirstName = null,
        LastName = null,
        UserType = null,
        Extension = null,
        PhoneNumber = null,
        RoutingPrefix = null,
        Esn = null,
        Location = null,
        HasCxEssentials = null,
    };
}
