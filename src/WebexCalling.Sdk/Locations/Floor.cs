using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Locations;

/// <summary>A floor of a location.</summary>
public sealed record Floor
{
    /// <summary>The floor's id.</summary>
    public string? Id { get; init; }

    /// <summary>The id of the location the floor is in.</summary>
    public string? LocationId { get; init; }

    /// <summary>The floor number (negative below ground).</summary>
    public int? FloorNumber { get; init; }

    /// <summary>The floor's display name; an update without it removes it.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
