using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>A phone number that can be assigned to a feature.</summary>
public sealed record AvailableNumber
{
    /// <summary>The phone number.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>The extension.</summary>
    public string? Extension { get; init; }

    /// <summary>Whether the number is active.</summary>
    public NumberState? State { get; init; }

    /// <summary>Whether the number is the location's main number.</summary>
    public bool? IsMainNumber { get; init; }

    /// <summary>Whether the number is toll-free.</summary>
    public bool? TollFreeNumber { get; init; }

    /// <summary>The telephony type, e.g. <c>PSTN_NUMBER</c>.</summary>
    public string? TelephonyType { get; init; }

    /// <summary>The mobile network, for mobile numbers.</summary>
    public string? MobileNetwork { get; init; }

    /// <summary>The routing profile, for mobile numbers.</summary>
    public string? RoutingProfile { get; init; }

    /// <summary>Whether the number is a service (high-concurrency) number.</summary>
    public bool? IsServiceNumber { get; init; }

    /// <summary>The number's location.</summary>
    public IdAndName? Location { get; init; }

    /// <summary>The entity the number is assigned to.</summary>
    public NumberOwner? Owner { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
