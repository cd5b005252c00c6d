using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>The callers a selective forwarding rule matches.</summary>
public sealed record CustomNumbers
{
    /// <summary>Whether calls from private numbers match.</summary>
    public bool? PrivateNumberEnabled { get; init; }

    /// <summary>Whether calls from unavailable numbers match.</summary>
    public bool? UnavailableNumberEnabled { get; init; }

    /// <summary>Caller numbers that match (up to 12).</summary>
    public IReadOnlyList<string>? Numbers { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
