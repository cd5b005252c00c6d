using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A person's Microsoft Teams settings (wxc_sdk: MSTeamsSettings).</summary>
public sealed record MsTeamsSettings
{
    /// <summary>The person id.</summary>
    public string? PersonId { get; init; }

    /// <summary>The organisation id.</summary>
    public string? OrgId { get; init; }

    /// <summary>The settings.</summary>
    public IReadOnlyList<MsTeamsSettingsObject>? Settings { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
