using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Sending unanswered calls to voicemail.</summary>
public sealed record UnansweredCalls
{
    /// <summary>True when on.</summary>
    public bool? Enabled { get; init; }

    /// <summary>Default or custom greeting.</summary>
    public Greeting? Greeting { get; init; }

    /// <summary>True when a custom greeting was uploaded; read-only.</summary>
    public bool? GreetingUploaded { get; init; }

    /// <summary>The custom greeting file.</summary>
    public VoicemailMediaFile? AudioFile { get; init; }

    /// <summary>Rings before an unanswered call goes to voicemail.</summary>
    public int? NumberOfRings { get; init; }

    /// <summary>The system-wide maximum of <see cref="NumberOfRings"/>; read-only.</summary>
    public int? SystemMaxNumberOfRings { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
