using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A member that can be added to a monitoring list or as a monitored speed dial.</summary>
public sealed record MonitoringMember
{
    /// <summary>The member's unique identifier.</summary>
    public string? Id { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Display name.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Phone number.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>Extension.</summary>
    public string? Extension { get; init; }

    /// <summary>Person, workspace or virtual line.</summary>
    public UserType? Type { get; init; }

    /// <summary>The member's location.</summary>
    public IdAndName? Location { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
