using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>The body of a change to an entity's access codes: switch custom codes on or off and delete codes.</summary>
public sealed record AccessCodesModifyRequest
{
    /// <summary>True to use the entity's own access codes; null leaves the setting unchanged.</summary>
    public bool? UseCustomAccessCodes { get; init; }

    /// <summary>The codes to delete.</summary>
    public IReadOnlyList<string>? DeleteCodes { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
