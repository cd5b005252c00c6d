using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>An entity's call intercept settings: taking the phone out of service gracefully.</summary>
public sealed record InterceptSetting
{
    /// <summary>True when call intercept is on.</summary>
    public bool? Enabled { get; init; }

    /// <summary>Handling of incoming calls.</summary>
    public InterceptSettingIncoming? Incoming { get; init; }

    /// <summary>Handling of outgoing calls.</summary>
    public InterceptSettingOutgoing? Outgoing { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
