using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Transfer of a voicemail caller who presses zero.</summary>
public sealed record VoicemailTransferToNumber
{
    /// <summary>True when on.</summary>
    public bool? Enabled { get; init; }

    /// <summary>The number the caller is transferred to.</summary>
    public string? Destination { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
