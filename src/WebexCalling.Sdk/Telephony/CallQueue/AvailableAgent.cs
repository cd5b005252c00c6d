using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>A person, workspace or virtual line that can be made a call queue agent.</summary>
public sealed record AvailableAgent
{
    /// <summary>The id.</summary>
    public string? Id { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Display name.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Person, workspace or virtual line.</summary>
    public UserType? Type { get; init; }

    /// <summary>Email address.</summary>
    public string? Email { get; init; }

    /// <summary>Whether the agent has a Customer Assist license.</summary>
    public bool? HasCxEssentials { get; init; }

    /// <summary>Phone numbers and extensions.</summary>
    [JsonPropertyName("numbers")] // official reference: numbers; wxc_sdk: phone_numbers
    public IReadOnlyList<UserNumber>? PhoneNumbers { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
