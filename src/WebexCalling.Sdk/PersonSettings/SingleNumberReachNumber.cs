using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A number that single number reach rings along with the person's own line.</summary>
public sealed record SingleNumberReachNumber
{
    /// <summary>The id (read-only; not sent on create or update).</summary>
    public string? Id { get; init; }

    /// <summary>The phone number.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>True when the number rings.</summary>
    public bool? Enabled { get; init; }

    /// <summary>The number's name.</summary>
    public string? Name { get; init; }

    /// <summary>True when forwarded calls do not ring this number.</summary>
    public bool? DoNotForwardCallsEnabled { get; init; }

    /// <summary>True when the callee must press a key to answer.</summary>
    public bool? AnswerConfirmationEnabled { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
