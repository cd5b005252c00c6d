using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Announcements when call recording starts and stops.</summary>
public sealed record StartStopAnnouncement
{
    /// <summary>True to announce for internal calls.</summary>
    public bool? InternalCallsEnabled { get; init; }

    /// <summary>True to announce for PSTN calls.</summary>
    public bool? PstnCallsEnabled { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
