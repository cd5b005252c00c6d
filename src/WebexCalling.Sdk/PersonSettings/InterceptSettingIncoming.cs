using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>How incoming calls are handled while intercept is on.</summary>
public sealed record InterceptSettingIncoming
{
    /// <summary>Which incoming calls are intercepted.</summary>
    [JsonPropertyName("type")]
    public InterceptTypeIncoming? InterceptType { get; init; }

    /// <summary>True to send intercepted calls to voicemail.</summary>
    public bool? VoicemailEnabled { get; init; }

    /// <summary>What callers hear.</summary>
    public InterceptAnnouncements? Announcements { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
