using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A change of a person's alternate numbers.</summary>
public sealed record UpdatePersonNumbers
{
    /// <summary>True to ring distinctively for alternate numbers (sent as <c>distinctiveRingEnabled</c>).</summary>
    [JsonPropertyName("distinctiveRingEnabled")] // wxc_sdk sends enableDistinctiveRingPattern; the official reference's body schema names it distinctiveRingEnabled
    public bool? EnableDistinctiveRingPattern { get; init; }

    /// <summary>The numbers to add or remove.</summary>
    public IReadOnlyList<UpdatePersonPhoneNumber>? PhoneNumbers { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
