using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>The owner of a device (wxc_sdk: DeviceOwner).</summary>
public sealed record PersonDeviceOwner
{
    /// <summary>The owner's id.</summary>
    [JsonPropertyName("id")] // wxc_sdk: owner_id
    public string? OwnerId { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>The kind of owner.</summary>
    [JsonPropertyName("type")] // wxc_sdk: owner_type
    public UserType? OwnerType { get; init; }

    /// <summary>The owner's location.</summary>
    public IdAndName? Location { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
