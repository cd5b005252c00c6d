using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>The entity a phone number is assigned to.</summary>
public sealed record NumberOwner
{
    /// <summary>The owner's id.</summary>
    [JsonPropertyName("id")] // wxc_sdk: owner_id
    public string? OwnerId { get; init; }

    /// <summary>The kind of owner.</summary>
    [JsonPropertyName("type")] // wxc_sdk: owner_type
    public OwnerType? OwnerType { get; init; }

    /// <summary>Last name (people and virtual lines).</summary>
    public string? LastName { get; init; }

    /// <summary>First name (people and virtual lines).</summary>
    public string? FirstName { get; init; }

    /// <summary>Display name.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
