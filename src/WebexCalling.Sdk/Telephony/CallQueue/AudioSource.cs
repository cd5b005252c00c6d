using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>An announcement source: whether it plays and which audio.</summary>
public sealed record AudioSource
{
    /// <summary>Whether this message is played.</summary>
    public bool? Enabled { get; init; }

    /// <summary>Default, custom files or a playlist.</summary>
    public Greeting? Greeting { get; init; }

    /// <summary>Announcement files played; from the files of this call queue. For <c>CUSTOM</c>, one to four files.</summary>
    public IReadOnlyList<AnnAudioFile>? AudioAnnouncementFiles { get; init; }

    /// <summary>The id of the playlist, when <see cref="Greeting"/> is <c>PLAYLIST</c>.</summary>
    public string? AudioPlaylistId { get; init; }

    /// <summary>The name of the playlist (read-only).</summary>
    public string? AudioPlaylistName { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>The source as a DNIS announcements update carries it: without playlist and read-only file fields.</summary>
    internal AudioSource ForDnisUpdate() => this with
    {
        AudioPlaylistId = null,
        AudioPlaylistName = null,
        AudioAnnouncementFiles = AnnAudioFile.ForUpdate(AudioAnnouncementFiles),
    };

    /// <summary>The source as a music-on-hold part of a DNIS announcements update: the playlist id stays.</summary>
    internal AudioSource ForDnisMohUpdate() => this with
    {
        AudioPlaylistName = null,
        AudioAnnouncementFiles = AnnAudioFile.ForUpdate(AudioAnnouncementFiles),
    };
}
