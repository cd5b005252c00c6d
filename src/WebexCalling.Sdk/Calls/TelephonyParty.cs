using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Calls;

/// <summary>A party of a call: the remote party, a redirecting party, where a call was parked.</summary>
public sealed record TelephonyParty
{
    /// <summary>The party's name; only present when known and privacy is off.</summary>
    public string? Name { get; init; }

    /// <summary>The party's number, digits or a URI (<c>1234</c>, <c>+12223334444</c>, <c>*73</c>, <c>user@company.domain</c>); only present when known and privacy is off.</summary>
    public string? Number { get; init; }

    /// <summary>The party's person id; only present when known and privacy is off.</summary>
    public string? PersonId { get; init; }

    /// <summary>The party's place (workspace) id; only present when known and privacy is off.</summary>
    public string? PlaceId { get; init; }

    /// <summary>True when privacy hides the party's name, number and ids.</summary>
    public bool? PrivacyEnabled { get; init; }

    /// <summary>Where the party sits, seen from the user.</summary>
    public CallType? CallType { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
