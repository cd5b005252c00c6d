using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>The emergency callback number settings of a person, workspace or virtual line (wxc_sdk: PersonECBN).</summary>
public sealed record PersonEcbn
{
    /// <summary>The selected kind of callback number.</summary>
    public EcbnSelection? Selected { get; init; }

    /// <summary>Data of the direct line.</summary>
    public PersonEcbnDirectLine? DirectLineInfo { get; init; }

    /// <summary>Data of the location's callback number.</summary>
    [JsonPropertyName("locationECBNInfo")]
    public PersonEcbnDirectLine? LocationEcbnInfo { get; init; }

    /// <summary>Data of the location member whose number is used.</summary>
    public EcbnLocationMember? LocationMemberInfo { get; init; }

    /// <summary>The number presented when none of the above applies.</summary>
    public EcbnDefault? DefaultInfo { get; init; }

    /// <summary>True when the entity may use an emergency location identification number (ELIN) from its devices.</summary>
    public bool? ElinEnabled { get; init; }

    /// <summary>True when the entity may use an ELIN from the Webex App.</summary>
    public bool? ElinForWebexAppEnabled { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
