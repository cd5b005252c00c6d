using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>An announcement audio file a setting refers to.</summary>
public sealed record AnnAudioFile
{
    /// <summary>The announcement's id.</summary>
    public string? Id { get; init; }

    /// <summary>The file name.</summary>
    public string? FileName { get; init; }

    /// <summary>The size in kilobytes (read-only).</summary>
    public string? FileSize { get; init; }

    /// <summary>The media type.</summary>
    public MediaFileType? MediaFileType { get; init; }

    /// <summary>Where the file is stored.</summary>
    public AnnouncementLevel? Level { get; init; }

    /// <summary>Whether the announcement is generated from text (read-only).</summary>
    public bool? IsTextToSpeech { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>The file as an update body carries it: without the read-only size and text-to-speech flag.</summary>
    internal AnnAudioFile ForUpdate() => this with { FileSize = null, IsTextToSpeech = null };

    /// <summary>Applies <see cref="ForUpdate()"/> to each file of a list.</summary>
    internal static IReadOnlyList<AnnAudioFile>? ForUpdate(IReadOnlyList<AnnAudioFile>? files) =>
        files?.Select(f => f?.ForUpdate()!).ToList();
}
