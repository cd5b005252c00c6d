using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A person's calling preferences: announcement language and time zone (wxc_sdk: PersonSettings; renamed because the namespace has that name).</summary>
public sealed record PersonTelephonySettings
{
    /// <summary>The language of announcements, e.g. en_us.</summary>
    public string? AnnouncementLanguage { get; init; }

    /// <summary>The time zone, e.g. America/Chicago.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
