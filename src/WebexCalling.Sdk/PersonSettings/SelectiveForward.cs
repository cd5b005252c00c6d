using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Selective forward: calls that meet a criteria are forwarded.</summary>
public sealed record SelectiveForward
{
    /// <summary>True when selective forward is on.</summary>
    public bool? Enabled { get; init; }

    /// <summary>The number calls are forwarded to unless a criteria says otherwise.</summary>
    public string? DefaultPhoneNumberToForward { get; init; }

    /// <summary>True to play a ring reminder for forwarded calls.</summary>
    public bool? RingReminderEnabled { get; init; }

    /// <summary>True to forward to voicemail (internal numbers and extensions only).</summary>
    public bool? DestinationVoicemailEnabled { get; init; }

    /// <summary>The criteria (read-only here; not sent by ConfigureAsync).</summary>
    public IReadOnlyList<SelectiveForwardCrit>? Criteria { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
