using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>The numbers of the feature that a selective forwarding rule matches.</summary>
public sealed record ForwardCallsTo
{
    /// <summary>The numbers.</summary>
    public IReadOnlyList<CallForwardingNumber>? Numbers { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
