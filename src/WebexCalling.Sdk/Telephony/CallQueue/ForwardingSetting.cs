using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>One kind of call forwarding (always or selective).</summary>
public sealed record ForwardingSetting
{
    /// <summary>Whether this forwarding is on.</summary>
    public bool? Enabled { get; init; }

    /// <summary>Where calls go.</summary>
    public string? Destination { get; init; }

    /// <summary>Whether a short tone plays on forwarding.</summary>
    public bool? RingReminderEnabled { get; init; }

    /// <summary>Whether calls to an internal destination go to its voicemail.</summary>
    [JsonPropertyName("destinationVoicemailEnabled")] // official reference: destinationVoicemailEnabled; wxc_sdk: destinationVoiceMailEnabled
    public bool? DestinationVoiceMailEnabled { get; init; }

    /// <summary>Whether calls to an internal destination go to its voicemail (wxc_sdk's second spelling).</summary>
    public bool? SendToVoicemailEnabled { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
