using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A member that can be added to a person's hot-desking lines.</summary>
public sealed record HotDeskingAvailableMember
{
    /// <summary>The member id.</summary>
    public string? Id { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Phone number.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>Extension.</summary>
    public string? Extension { get; init; }

    /// <summary>Routing prefix of the location.</summary>
    public string? RoutingPrefix { get; init; }

    /// <summary>Routing prefix plus extension.</summary>
    public string? Esn { get; init; }

    /// <summary>Primary line or shared appearance.</summary>
    public SettingsLineType? LineType { get; init; }

    /// <summary>The kind of member.</summary>
    public UserType? MemberType { get; init; }

    /// <summary>The member's location.</summary>
    public IdAndName? Location { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
