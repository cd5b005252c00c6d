using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>What depends on an entity's emergency callback number (wxc_sdk: ECBNDependencies).</summary>
public sealed record EcbnDependencies
{
    /// <summary>True when the entity's number is the location's default callback number.</summary>
    public bool? IsLocationEcbnDefault { get; init; }

    /// <summary>True when the entity uses its own number as callback number.</summary>
    public bool? IsSelfEcbnDefault { get; init; }

    /// <summary>How many members use this entity's number as their callback number.</summary>
    public int? DependentMemberCount { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
