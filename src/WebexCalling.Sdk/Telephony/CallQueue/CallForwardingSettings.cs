using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>The forwarding settings as Webex wraps them: <c>{"callForwarding": …}</c>.</summary>
public sealed record CallForwardingSettings
{
    /// <summary>The settings.</summary>
    public CallForwarding? CallForwarding { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
