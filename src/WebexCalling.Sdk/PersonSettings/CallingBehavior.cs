using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A person's calling behavior and UC Manager profile.</summary>
public sealed record CallingBehavior
{
    /// <summary>The person's calling behavior; null means the organisation's default, and an update sends that null explicitly.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public BehaviorType? BehaviorType { get; init; }

    /// <summary>The behavior in effect; read-only.</summary>
    public BehaviorType? EffectiveBehaviorType { get; init; }

    /// <summary>The UC Manager profile's unique identifier.</summary>
    public string? ProfileId { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
