using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>The devices a person has a line on (wxc_sdk: DeviceList).</summary>
public sealed record PersonDeviceList
{
    /// <summary>The devices.</summary>
    public IReadOnlyList<PersonTelephonyDevice>? Devices { get; init; }

    /// <summary>The most devices the person may have.</summary>
    public int? MaxDeviceCount { get; init; }

    /// <summary>The most devices the person may own.</summary>
    public int? MaxOwnedDeviceCount { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
