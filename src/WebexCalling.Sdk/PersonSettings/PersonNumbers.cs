using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A person's phone numbers.</summary>
public sealed record PersonNumbers
{
    /// <summary>True when calls to alternate numbers ring distinctively.</summary>
    public bool? DistinctiveRingEnabled { get; init; }

    /// <summary>The numbers.</summary>
    public IReadOnlyList<PersonPhoneNumber>? PhoneNumbers { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
