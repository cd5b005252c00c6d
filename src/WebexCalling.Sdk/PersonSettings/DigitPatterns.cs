using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>The digit patterns of an entity and whether they are in use.</summary>
public sealed record DigitPatterns
{
    /// <summary>True when the entity uses its own digit patterns.</summary>
    public bool? UseCustomDigitPatterns { get; init; }

    /// <summary>The digit patterns.</summary>
    [JsonPropertyName("digitPatterns")] // wxc_sdk: digit_patterns (a member cannot share its type's name)
    public IReadOnlyList<DigitPattern>? Patterns { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
