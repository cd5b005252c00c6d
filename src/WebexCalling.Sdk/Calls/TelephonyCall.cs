using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Calls;

/// <summary>An active call of the user, as list calls and call details return it.</summary>
public sealed record TelephonyCall
{
    /// <summary>The call's id.</summary>
    [JsonPropertyName("id")] // wxc_sdk: call_id (from "id"; webhook events say "callId", see TelephonyEventData)
    public string? CallId { get; init; }

    /// <summary>The id of the call session the call belongs to; correlates the calls of one session.</summary>
    public string? CallSessionId { get; init; }

    /// <summary>The user's role in the call.</summary>
    public Personality? Personality { get; init; }

    /// <summary>The call's state.</summary>
    public CallState? State { get; init; }

    /// <summary>The other party (user A calls B: B in A's call, A in B's call).</summary>
    public TelephonyParty? RemoteParty { get; init; }

    /// <summary>The call's appearance, to show calls in the order the user's devices do; only present when assigned.</summary>
    public int? Appearance { get; init; }

    /// <summary>When the call was created.</summary>
    [JsonConverter(typeof(WebexDateTimeConverter))]
    public DateTimeOffset? Created { get; init; }

    /// <summary>When the call was answered; only present once answered.</summary>
    [JsonConverter(typeof(WebexDateTimeConverter))]
    public DateTimeOffset? Answered { get; init; }

    /// <summary>Earlier redirections of an alerting incoming call, most recent first.</summary>
    public IReadOnlyList<Redirection>? Redirections { get; init; }

    /// <summary>Recall details when the incoming call is a recall.</summary>
    public Recall? Recall { get; init; }

    /// <summary>The recording state; only present once recording was invoked during the call.</summary>
    public RecordingState? RecordingState { get; init; }

    /// <summary>When the call was disconnected.</summary>
    [JsonConverter(typeof(WebexDateTimeConverter))]
    public DateTimeOffset? Disconnected { get; init; }

    /// <summary>True when the call can be muted and unmuted through the API.</summary>
    public bool? MuteCapable { get; init; }

    /// <summary>True when the call is muted.</summary>
    public bool? Muted { get; init; }

    /// <summary>The device or application the call is on.</summary>
    public string? EndpointId { get; init; }

    /// <summary>True when the call was answered on another of the user's devices.</summary>
    public bool? CompletedElsewhere { get; init; }

    /// <summary>The kind of endpoint the call is on.</summary>
    public string? EndpointType { get; init; }

    /// <summary>Which recording controls the user may use on this call.</summary>
    public string? AllowedRecordingControls { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
