using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.VoiceMessages;

/// <summary>Who left a voicemail message.</summary>
public sealed record VoiceMailPartyInformation
{
    /// <summary>The party's name; only present when known and privacy is off.</summary>
    public string? Name { get; init; }

    /// <summary>The party's number, digits or a URI; only present when known and privacy is off.</summary>
    public string? Number { get; init; }

    /// <summary>The party's person id; only present when known and privacy is off.</summary>
    public string? PersonId { get; init; }

    /// <summary>The party's place (workspace) id; only present when known and privacy is off.</summary>
    public string? PlaceId { get; init; }

    /// <summary>True when privacy hides the party's name, number and ids.</summary>
    public bool? PrivacyEnabled { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
