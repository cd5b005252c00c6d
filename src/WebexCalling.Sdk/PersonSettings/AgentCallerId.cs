using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A call queue or hunt group whose caller ID an agent can use for outgoing calls.</summary>
public sealed record AgentCallerId
{
    /// <summary>The call queue or hunt group id.</summary>
    public string? Id { get; init; }

    /// <summary>Whether it is a call queue or a hunt group.</summary>
    public AvailableCallerIdType? Type { get; init; }

    /// <summary>The call queue or hunt group name.</summary>
    public string? Name { get; init; }

    /// <summary>Its phone number, when it has one.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>Its extension, when it has one.</summary>
    public string? Extension { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
