using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A person, workspace or virtual line listed in a setting: a privacy monitoring agent, a push-to-talk member, a receptionist's monitored member (wxc_sdk <c>MonitoredMember</c>/<c>PersonPlaceAgent</c>).</summary>
public sealed record SettingsMember
{
    /// <summary>The member's unique identifier; the only field an update sends.</summary>
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

    /// <summary>The member's location.</summary>
    public IdAndName? Location { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
