using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>An alternate number of a call queue or hunt group.</summary>
public sealed record AlternateNumber
{
    /// <summary>The alternate phone number.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>The ring pattern for calls to this number, when distinctive ring is on.</summary>
    public RingPattern? RingPattern { get; init; }

    /// <summary>True when the number is toll-free (read-only).</summary>
    public bool? TollFreeNumber { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
