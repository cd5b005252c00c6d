using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>An entity's call bridge settings.</summary>
public sealed record CallBridgeSetting
{
    /// <summary>True to play a stutter tone to all participants when someone is bridged onto a shared line call.</summary>
    public bool? WarningToneEnabled { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
