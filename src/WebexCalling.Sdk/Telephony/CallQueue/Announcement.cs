using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>An announcement file of a call queue.</summary>
public sealed record Announcement
{
    /// <summary>The file's id (official reference; not in wxc_sdk).</summary>
    public string? Id { get; init; }

    /// <summary>The file name.</summary>
    [JsonPropertyName("fileName")] // wxc_sdk: name
    public string? Name { get; init; }

    /// <summary>The file size.</summary>
    [JsonPropertyName("fileSize")] // wxc_sdk: size as int; the official reference has a string
    public string? Size { get; init; }

    /// <summary>The media type (official reference; not in wxc_sdk).</summary>
    public MediaFileType? MediaFileType { get; init; }

    /// <summary>Where the file is stored (official reference; not in wxc_sdk).</summary>
    public AnnouncementLevel? Level { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
