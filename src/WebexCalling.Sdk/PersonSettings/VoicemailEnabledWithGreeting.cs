using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Sending busy calls to voicemail, with the greeting played.</summary>
public sealed record VoicemailEnabledWithGreeting
{
    /// <summary>True when on.</summary>
    public bool? Enabled { get; init; }

    /// <summary>Default or custom greeting.</summary>
    public Greeting? Greeting { get; init; }

    /// <summary>True when a custom greeting was uploaded; read-only.</summary>
    public bool? GreetingUploaded { get; init; }

    /// <summary>The custom greeting file.</summary>
    public VoicemailMediaFile? AudioFile { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
