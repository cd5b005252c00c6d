using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Forwarding of calls that are not answered.</summary>
public sealed record CallForwardingNoAnswer
{
    /// <summary>True when this forwarding is on.</summary>
    public bool? Enabled { get; init; }

    /// <summary>Where calls go.</summary>
    public string? Destination { get; init; }

    /// <summary>True to send calls to the destination's voicemail when it is an internal number with voicemail.</summary>
    public bool? DestinationVoicemailEnabled { get; init; }

    /// <summary>Rings before an unanswered call is forwarded.</summary>
    public int? NumberOfRings { get; init; }

    /// <summary>The system-wide maximum of <see cref="NumberOfRings"/>; read-only.</summary>
    public int? SystemMaxNumberOfRings { get; init; }

    /// <summary>Forwarding off after three rings: what a new person has.</summary>
    public static CallForwardingNoAnswer Default() => new() { Enabled = false, Destination = "", DestinationVoicemailEnabled = false, NumberOfRings = 3 };

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
