using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>Where an operating mode forwards calls.</summary>
public sealed record ModeForwardTo
{
    /// <summary>Where calls go.</summary>
    public ForwardToSelection? Selection { get; init; }

    /// <summary>The destination for <c>FORWARD_TO_SPECIFIED_NUMBER</c>.</summary>
    public string? Destination { get; init; }

    /// <summary>Whether calls to an internal destination go to its voicemail.</summary>
    public bool? DestinationVoicemailEnabled { get; init; }

    /// <summary>The operating mode's own destination (read-only).</summary>
    public string? DefaultDestination { get; init; }

    /// <summary>The operating mode's own voicemail flag (read-only).</summary>
    public bool? DefaultDestinationVoicemailEnabled { get; init; }

    /// <summary>The operating mode's own selection (read-only).</summary>
    public ModeDefaultForwardToSelection? DefaultForwardToSelection { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
