using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Fax messages to voicemail.</summary>
public sealed record VoicemailFax
{
    /// <summary>True when on.</summary>
    public bool? Enabled { get; init; }

    /// <summary>The fax extension.</summary>
    public string? Extension { get; init; }

    /// <summary>The fax number.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
