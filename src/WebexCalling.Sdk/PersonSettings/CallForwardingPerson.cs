using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>The always, busy and no-answer forwarding of an entity.</summary>
public sealed record CallForwardingPerson
{
    /// <summary>Forwarding of all incoming calls.</summary>
    public CallForwardingAlways? Always { get; init; }

    /// <summary>Forwarding while the line is busy.</summary>
    public CallForwardingCommon? Busy { get; init; }

    /// <summary>Forwarding of unanswered calls.</summary>
    public CallForwardingNoAnswer? NoAnswer { get; init; }

    /// <summary>All forwarding off: what a new person has.</summary>
    public static CallForwardingPerson Default() => new()
    {
        Always = CallForwardingAlways.Default(), Busy = CallForwardingCommon.Default(), NoAnswer = CallForwardingNoAnswer.Default(),
    };

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
