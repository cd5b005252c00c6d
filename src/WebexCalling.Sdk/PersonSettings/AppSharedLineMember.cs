using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A member on a shared line of a person's Webex Calling applications: assigned (GetMembersAsync) or available (SearchMembersAsync) (wxc_sdk: DeviceMember, AvailableMember).</summary>
public sealed record AppSharedLineMember
{
    /// <summary>The member id.</summary>
    [JsonPropertyName("id")] // wxc_sdk: member_id
    public string? MemberId { get; init; }

    /// <summary>Person, workspace or virtual line.</summary>
    public UserType? MemberType { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Phone number.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>Extension.</summary>
    public string? Extension { get; init; }

    /// <summary>Routing prefix of the member's location.</summary>
    public string? RoutingPrefix { get; init; }

    /// <summary>Enterprise significant number: routing prefix plus extension.</summary>
    public string? Esn { get; init; }

    /// <summary>True when T.38 fax compression is on for the line.</summary>
    public bool? T38FaxCompressionEnabled { get; init; }

    /// <summary>Primary line or shared appearance.</summary>
    public SettingsLineType? LineType { get; init; }

    /// <summary>True when declining a call on this line declines it on all of the member's endpoints.</summary>
    public bool? AllowCallDeclineEnabled { get; init; }

    /// <summary>The member's location.</summary>
    public IdAndName? Location { get; init; }

    /// <summary>The member's license type (e.g. BASIC_USER).</summary>
    public string? LicenseType { get; init; }

    /// <summary>True when this member owns the application.</summary>
    public bool? PrimaryOwner { get; init; }

    /// <summary>The port (line position) the member occupies.</summary>
    public int? Port { get; init; }

    /// <summary>How many ports the line takes.</summary>
    public int? LineWeight { get; init; }

    /// <summary>The label shown for the line.</summary>
    public string? LineLabel { get; init; }

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

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
