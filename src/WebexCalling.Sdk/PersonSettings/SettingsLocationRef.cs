using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>The id and name of a location, as settings answers reference it (wxc_sdk: IdAndName).</summary>
public sealed record SettingsLocationRef
{
    /// <summary>The location id.</summary>
    public string? Id { get; init; }

    /// <summary>The location name.</summary>
    public string? Name { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
