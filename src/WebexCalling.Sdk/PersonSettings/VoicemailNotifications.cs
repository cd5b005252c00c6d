using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Notifications of new voicemails.</summary>
public sealed record VoicemailNotifications
{
    /// <summary>True when on.</summary>
    public bool? Enabled { get; init; }

    /// <summary>Email address notifications go to.</summary>
    public string? Destination { get; init; }

    /// <summary>US or Canada number in E.164 for text notifications.</summary>
    public string? SmsDestination { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
