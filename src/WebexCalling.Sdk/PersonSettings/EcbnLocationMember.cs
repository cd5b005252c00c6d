using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Emergency callback data of the location member whose number is used.</summary>
public sealed record EcbnLocationMember
{
    /// <summary>The callback number.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>The member's id.</summary>
    public string? MemberId { get; init; }

    /// <summary>The kind of member.</summary>
    public UserType? MemberType { get; init; }

    /// <summary>Where the number presented on an emergency call comes from.</summary>
    public EcbnEffectiveLevel? EffectiveLevel { get; init; }

    /// <summary>The number presented on an emergency call.</summary>
    public string? EffectiveValue { get; init; }

    /// <summary>Whether the number suits.</summary>
    public EcbnQuality? Quality { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
