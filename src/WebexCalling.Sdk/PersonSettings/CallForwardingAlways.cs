using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Forwarding of all incoming calls.</summary>
public sealed record CallForwardingAlways
{
    /// <summary>True when this forwarding is on.</summary>
    public bool? Enabled { get; init; }

    /// <summary>Where calls go.</summary>
    public string? Destination { get; init; }

    /// <summary>True to send calls to the destination's voicemail when it is an internal number with voicemail.</summary>
    public bool? DestinationVoicemailEnabled { get; init; }

    /// <summary>True to play a brief tone on the phone when a call is forwarded.</summary>
    public bool? RingReminderEnabled { get; init; }

    /// <summary>Forwarding off, no destination: what a new person has.</summary>
    public static CallForwardingAlways Default() => new() { Enabled = false, Destination = "", DestinationVoicemailEnabled = false, RingReminderEnabled = false };

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
