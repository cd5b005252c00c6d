using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Calls;

/// <summary>Why an incoming call is a recall, e.g. of a call the user parked.</summary>
public sealed record Recall
{
    /// <summary>The kind of recall; <see cref="Calls.RecallType.Park"/> is the only one today.</summary>
    [JsonPropertyName("type")] // wxc_sdk: recall_type
    public RecallType? RecallType { get; init; }

    /// <summary>For a park recall, where the call was parked (user A parked against user B: B's details).</summary>
    public TelephonyParty? Party { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
