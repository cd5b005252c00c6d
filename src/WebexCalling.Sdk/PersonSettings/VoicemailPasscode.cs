using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>The body that sets a voicemail passcode.</summary>
public sealed record VoicemailPasscode
{
    /// <summary>The passcode, 6 to 30 digits.</summary>
    public string? Passcode { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
