using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A monitored person, workspace or virtual line.</summary>
public sealed record MonitoredElementMember
{
    /// <summary>The member's unique identifier.</summary>
    [JsonPropertyName("id")]
    public string? MemberId { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Display name.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Person, workspace or virtual line.</summary>
    [JsonPropertyName("type")]
    public UserType? MemberType { get; init; }

    /// <summary>Email address.</summary>
    public string? Email { get; init; }

    /// <summary>Phone numbers.</summary>
    public IReadOnlyList<UserNumber>? Numbers { get; init; }

    /// <summary>The location's name.</summary>
    public string? Location { get; init; }

    /// <summary>The location's unique identifier.</summary>
    public string? LocationId { get; init; }

    /// <summary>A custom line key label.</summary>
    public string? LineKeyLabel { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
