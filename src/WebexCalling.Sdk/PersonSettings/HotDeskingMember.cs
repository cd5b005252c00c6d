using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A member on a person's hot-desking lines.</summary>
public sealed record HotDeskingMember
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

    /// <summary>True when the member is the person whose lines these are.</summary>
    public bool? PrimaryOwner { get; init; }

    /// <summary>The port the member occupies.</summary>
    public int? Port { get; init; }

    /// <summary>True when T.38 fax compression is on.</summary>
    public bool? T38FaxCompressionEnabled { get; init; }

    /// <summary>Primary line or shared appearance.</summary>
    public SettingsLineType? LineType { get; init; }

    /// <summary>How many ports the line takes.</summary>
    public int? LineWeight { get; init; }

    /// <summary>Host IP address (read-only).</summary>
    [JsonPropertyName("hostIP")]
    public string? HostIp { get; init; }

    /// <summary>Remote IP address (read-only).</summary>
    [JsonPropertyName("remoteIP")]
    public string? RemoteIp { get; init; }

    /// <summary>True when the line is a hotline.</summary>
    public bool? HotlineEnabled { get; init; }

    /// <summary>The number a hotline dials.</summary>
    public string? HotlineDestination { get; init; }

    /// <summary>True when declining on this line declines everywhere.</summary>
    public bool? AllowCallDeclineEnabled { get; init; }

    /// <summary>The kind of member.</summary>
    public UserType? MemberType { get; init; }

    /// <summary>The member's location.</summary>
    public IdAndName? Location { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
