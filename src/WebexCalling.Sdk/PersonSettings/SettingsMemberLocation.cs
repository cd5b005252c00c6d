using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>The location of a member: its id and name (wxc_sdk <c>IdAndName</c>).</summary>
public sealed record SettingsMemberLocation
{
    /// <summary>The location's unique identifier.</summary>
    public string? Id { get; init; }

    /// <summary>The location's name.</summary>
    public string? Name { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
