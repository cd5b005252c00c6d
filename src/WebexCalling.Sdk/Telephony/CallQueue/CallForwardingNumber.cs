using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>A number of the feature that a selective forwarding rule matches.</summary>
public sealed record CallForwardingNumber
{
    /// <summary>The phone number.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>The extension.</summary>
    public string? Extension { get; init; }

    /// <summary>Primary or alternate number.</summary>
    [JsonPropertyName("type")] // wxc_sdk: number_type
    public CallForwardingNumberType? NumberType { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
