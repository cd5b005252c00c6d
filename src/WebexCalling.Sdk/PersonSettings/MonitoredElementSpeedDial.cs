using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A speed dial configured as a monitored element.</summary>
public sealed record MonitoredElementSpeedDial
{
    /// <summary>The unique identifier of the person, workspace or virtual line.</summary>
    public string? Id { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Display name.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Person, workspace or virtual line.</summary>
    public UserType? Type { get; init; }

    /// <summary>The primary number, or any external number for a custom speed dial.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>The primary extension.</summary>
    public string? Extension { get; init; }

    /// <summary>A custom line key label.</summary>
    public string? LineKeyLabel { get; init; }

    /// <summary>The location's name.</summary>
    public string? Location { get; init; }

    /// <summary>The location's unique identifier.</summary>
    public string? LocationId { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
