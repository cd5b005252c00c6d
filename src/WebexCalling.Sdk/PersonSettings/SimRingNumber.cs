using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// A number that rings at the same time as the entity's own phones. Webex also returns the retired name
/// <c>answerConfirmationEnabled</c>; it stays in <see cref="ExtensionData"/> and is not sent back.
/// </summary>
public sealed record SimRingNumber
{
    /// <summary>The number.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>True when the called party must press 1 to take the call.</summary>
    public bool? AnswerConfirmationRequiredEnabled { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
