using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.People;

/// <summary>One of a person's SIP addresses (read-only).</summary>
public sealed record SipAddress
{
    /// <summary>The kind of address.</summary>
    [JsonPropertyName("type")] // wxc_sdk: sip_type
    public SipType? SipType { get; init; }

    /// <summary>The SIP address.</summary>
    public string? Value { get; init; }

    /// <summary>True for the primary SIP address.</summary>
    public bool? Primary { get; init; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
