using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>The members on a person's hot-desking lines.</summary>
public sealed record HotDeskingMembers
{
    /// <summary>The device model.</summary>
    public string? Model { get; init; }

    /// <summary>The members.</summary>
    public IReadOnlyList<HotDeskingMember>? Members { get; init; }

    /// <summary>The most lines allowed.</summary>
    public int? MaxLineCount { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
