using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>Whether calls from the queue ring agents with a distinctive pattern.</summary>
public sealed record DistinctiveRing
{
    /// <summary>Whether distinctive ring is on.</summary>
    public bool? Enabled { get; init; }

    /// <summary>The ring pattern, when distinctive ring is on.</summary>
    public RingPattern? RingPattern { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
