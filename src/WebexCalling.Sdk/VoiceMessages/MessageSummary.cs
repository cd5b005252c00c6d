using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.VoiceMessages;

/// <summary>How many voicemail messages the user has, read and unread.</summary>
public sealed record MessageSummary
{
    /// <summary>Unread messages.</summary>
    public int? NewMessages { get; init; }

    /// <summary>Read messages.</summary>
    public int? OldMessages { get; init; }

    /// <summary>Unread urgent messages.</summary>
    public int? NewUrgentMessages { get; init; }

    /// <summary>Read urgent messages.</summary>
    public int? OldUrgentMessages { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
