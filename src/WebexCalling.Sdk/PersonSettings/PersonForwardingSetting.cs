using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>An entity's call forwarding settings.</summary>
public sealed record PersonForwardingSetting
{
    /// <summary>Always, busy and no-answer forwarding.</summary>
    public CallForwardingPerson? CallForwarding { get; init; }

    /// <summary>Where calls go while the entity's phone is not connected to the network.</summary>
    public CallForwardingCommon? BusinessContinuity { get; init; }

    /// <summary>All forwarding off: what a new person has.</summary>
    public static PersonForwardingSetting Default() => new()
    {
        CallForwarding = CallForwardingPerson.Default(), BusinessContinuity = CallForwardingCommon.Default(),
    };

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
