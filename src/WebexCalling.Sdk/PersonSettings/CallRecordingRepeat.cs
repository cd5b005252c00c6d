using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A periodic beep while recording (wxc_sdk <c>NotificationRepeat</c>).</summary>
public sealed record CallRecordingRepeat
{
    /// <summary>Seconds between beeps, 10 to 1800.</summary>
    public int? Interval { get; init; }

    /// <summary>True when the beep plays.</summary>
    public bool? Enabled { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
