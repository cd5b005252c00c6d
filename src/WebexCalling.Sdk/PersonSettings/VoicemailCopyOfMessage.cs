using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Emailing a copy of each new voicemail.</summary>
public sealed record VoicemailCopyOfMessage
{
    /// <summary>True when on.</summary>
    public bool? Enabled { get; init; }

    /// <summary>The email address.</summary>
    public string? EmailId { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
