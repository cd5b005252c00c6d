using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Common;

/// <summary>The entity a phone number is assigned to (wxc_sdk: NumberOwner).</summary>
public sealed record AvailableNumberOwner
{
    /// <summary>The owner's id.</summary>
    [JsonPropertyName("id")] // wxc_sdk: owner_id
    public string? OwnerId { get; init; }

    /// <summary>The kind of owner.</summary>
    [JsonPropertyName("type")] // wxc_sdk: owner_type
    public AvailableNumberOwnerType? OwnerType { get; init; }

    /// <summary>Last name, for a person or workspace.</summary>
    public string? LastName { get; init; }

    /// <summary>First name, for a person or workspace.</summary>
    public string? FirstName { get; init; }

    /// <summary>Display name, for features.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
