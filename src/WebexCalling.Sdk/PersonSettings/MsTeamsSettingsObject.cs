using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>One Microsoft Teams setting and the level it is set at (wxc_sdk: SettingsObject).</summary>
public sealed record MsTeamsSettingsObject
{
    /// <summary>The setting, e.g. HIDE_WEBEX_APP or PRESENCE_SYNC.</summary>
    public string? SettingName { get; init; }

    /// <summary>The level it is set at: PEOPLE or ORGANIZATION.</summary>
    public string? Level { get; init; }

    /// <summary>The value.</summary>
    public bool? Value { get; init; }

    /// <summary>When it was last changed.</summary>
    [JsonConverter(typeof(WebexDateTimeConverter))]
    public DateTimeOffset? LastModified { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
