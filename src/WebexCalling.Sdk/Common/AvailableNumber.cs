using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Common;

/// <summary>A phone number that can be assigned for a purpose (primary, secondary, call forwarding, …).</summary>
public sealed record AvailableNumber
{
    /// <summary>The phone number.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>The extension, when the number has one.</summary>
    public string? Extension { get; init; }

    /// <summary>Whether the number is active.</summary>
    public AvailableNumberState? State { get; init; }

    /// <summary>True when it is the location's main number.</summary>
    public bool? IsMainNumber { get; init; }

    /// <summary>True when the number is toll-free.</summary>
    public bool? TollFreeNumber { get; init; }

    /// <summary>PSTN_NUMBER or MOBILE_NUMBER.</summary>
    public string? TelephonyType { get; init; }

    /// <summary>The telephony types a mobile number covers (in the official example).</summary>
    public string? IncludedTelephonyTypes { get; init; }

    /// <summary>The mobile network, for a mobile number.</summary>
    public string? MobileNetwork { get; init; }

    /// <summary>The routing profile, for a mobile number.</summary>
    public string? RoutingProfile { get; init; }

    /// <summary>True when it is a service number (high-volume).</summary>
    public bool? IsServiceNumber { get; init; }

    /// <summary>The number's location.</summary>
    public IdAndName? Location { get; init; }

    /// <summary>Who the number is assigned to, if anyone.</summary>
    public AvailableNumberOwner? Owner { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
