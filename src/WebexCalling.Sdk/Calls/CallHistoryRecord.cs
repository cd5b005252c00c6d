using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Calls;

/// <summary>One entry of the user's call history.</summary>
public sealed record CallHistoryRecord
{
    /// <summary>Placed, missed or received.</summary>
    [JsonPropertyName("type")] // wxc_sdk: call_type
    public HistoryType? CallType { get; init; }

    /// <summary>The other party's name; only present when known and privacy is off.</summary>
    public string? Name { get; init; }

    /// <summary>The other party's number, digits or a URI; only present when known and privacy is off.</summary>
    public string? Number { get; init; }

    /// <summary>True when privacy hides the name and number.</summary>
    public bool? PrivacyEnabled { get; init; }

    /// <summary>When the call was placed (placed), disconnected (missed) or answered (received).</summary>
    [JsonConverter(typeof(WebexDateTimeConverter))]
    public DateTimeOffset? Time { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
