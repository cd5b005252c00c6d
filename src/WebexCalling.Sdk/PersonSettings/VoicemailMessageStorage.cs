using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Where voicemail messages are stored.</summary>
public sealed record VoicemailMessageStorage
{
    /// <summary>True when the desk phone indicates new voicemails.</summary>
    public bool? MwiEnabled { get; init; }

    /// <summary>Internal or external storage.</summary>
    public VoicemailStorageType? StorageType { get; init; }

    /// <summary>The email address for external storage.</summary>
    public string? ExternalEmail { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
