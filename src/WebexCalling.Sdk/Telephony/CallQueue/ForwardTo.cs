using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>Where a selective forwarding rule sends matching calls.</summary>
public sealed record ForwardTo
{
    /// <summary>Default number, the rule's number, or no forwarding.</summary>
    public ForwardToSelection? Selection { get; init; }

    /// <summary>The number for <c>FORWARD_TO_SPECIFIED_NUMBER</c>.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
