using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Calls;

/// <summary>The call a dial, retrieve, pickup, barge-in, pull or transfer request started (wxc_sdk: <c>CallInfo</c>/<c>DialResponse</c>).</summary>
public sealed record CallInfo
{
    /// <summary>The new call's id, used by every later command on it.</summary>
    public string? CallId { get; init; }

    /// <summary>The id of the call session the call belongs to; correlates the calls of one session.</summary>
    public string? CallSessionId { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
