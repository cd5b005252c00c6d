using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.People;

/// <summary>One of a person's phone numbers.</summary>
public sealed record PhoneNumber
{
    /// <summary>The kind of number.</summary>
    [JsonPropertyName("type")] // wxc_sdk: number_type
    public PhoneNumberType? NumberType { get; init; }

    /// <summary>The number, e.g. <c>+1 408 526 7209</c>.</summary>
    public string? Value { get; init; }

    /// <summary>True for the person's primary number.</summary>
    public bool? Primary { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
