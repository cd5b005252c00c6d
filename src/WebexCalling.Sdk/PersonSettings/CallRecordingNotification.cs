using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>The pause/resume notification of call recording (wxc_sdk <c>Notification</c>).</summary>
public sealed record CallRecordingNotification
{
    /// <summary>What plays; sent as an explicit null when it is null, which is how an update says "None".</summary>
    [JsonPropertyName("type")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public CallRecordingNotificationType? NotificationType { get; init; }

    /// <summary>True when the notification is on.</summary>
    public bool? Enabled { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
