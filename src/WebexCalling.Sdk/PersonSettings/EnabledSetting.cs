using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A setting that is only switched on or off (<c>{"enabled": true}</c>): call waiting, anonymous call rejection, …</summary>
public sealed record EnabledSetting
{
    /// <summary>True when the feature is on.</summary>
    public bool? Enabled { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
