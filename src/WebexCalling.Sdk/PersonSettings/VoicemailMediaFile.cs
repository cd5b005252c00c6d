using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A custom greeting file (wxc_sdk <c>MediaFile</c>).</summary>
public sealed record VoicemailMediaFile
{
    /// <summary>The file name.</summary>
    public string? Name { get; init; }

    /// <summary>The media type.</summary>
    public string? MediaType { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
