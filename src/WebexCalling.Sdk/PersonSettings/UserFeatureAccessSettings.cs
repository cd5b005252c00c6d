using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A person's feature access settings and whether the organisation's defaults apply.</summary>
public sealed record UserFeatureAccessSettings
{
    /// <summary>True when the organisation's default feature access settings apply to the person.</summary>
    public bool? UserOrgSettingsPermissionEnabled { get; init; }

    /// <summary>The person's own feature access settings.</summary>
    public FeatureAccessSettings? UserSettingsPermissions { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
