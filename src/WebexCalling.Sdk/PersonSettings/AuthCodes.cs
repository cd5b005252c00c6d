using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>The access codes of an entity.</summary>
public sealed record AuthCodes
{
    /// <summary>True when the entity uses its own access codes.</summary>
    public bool? UseCustomAccessCodes { get; init; }

    /// <summary>The access codes.</summary>
    public IReadOnlyList<AuthCode>? AccessCodes { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
