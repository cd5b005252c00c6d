using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>An announcement audio file from the announcement repository (wxc_sdk <c>AnnAudioFile</c>).</summary>
public sealed record AnnouncementAudioFile
{
    /// <summary>The announcement's unique identifier.</summary>
    public string? Id { get; init; }

    /// <summary>The file name.</summary>
    public string? FileName { get; init; }

    /// <summary>The file size in kilobytes; read-only.</summary>
    public string? FileSize { get; init; }

    /// <summary>The file's media type.</summary>
    public AnnouncementMediaFileType? MediaFileType { get; init; }

    /// <summary>Where the file is defined.</summary>
    public AnnouncementLevel? Level { get; init; }

    /// <summary>True when the announcement is text-to-speech; read-only.</summary>
    public bool? IsTextToSpeech { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
