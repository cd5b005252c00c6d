using WebexCalling.Sdk.Testing.Infrastructure;

namespace WebexCalling.Sdk.Testing.State;

/// <summary>
/// The announcement repositories (the organisation's and one per location), the playlists made of their files and the
/// text-to-speech generations; reached by <c>state.Area&lt;AnnouncementStore&gt;()</c> under the state lock.
/// </summary>
internal sealed class AnnouncementStore
{
    public const string AnnouncementKind = "ANNOUNCEMENT";
    public const string PlaylistKind = "PLAYLIST";
    public const string TextToSpeechKind = "TEXT_TO_SPEECH";

    public OrderedDictionary<Guid, AnnouncementRecord> Announcements { get; } = [];

    public OrderedDictionary<Guid, PlaylistRecord> Playlists { get; } = [];

    public OrderedDictionary<Guid, TextToSpeechRecord> Generations { get; } = [];

    /// <summary>Text-to-speech generations requested in the current window (the usage answer).</summary>
    public int TextToSpeechCalls { get; set; }
}

/// <summary>An audio file of a repository: the organisation's when <see cref="Location"/> is null.</summary>
internal sealed class AnnouncementRecord(Guid uuid, LocationRecord? location)
{
    public Guid Uuid { get; } = uuid;

    public string Id { get; } = WebexIds.Encode(AnnouncementStore.AnnouncementKind, uuid);

    public LocationRecord? Location { get; } = location;

    public string Name { get; set; } = "";

    public string FileName { get; set; } = "";

    /// <summary>The size in kilobytes (rounded up), as Webex reports it.</summary>
    public int FileSizeKb { get; set; }

    public string MediaFileType { get; set; } = "WAV";

    public DateTimeOffset LastUpdated { get; set; }

    public bool IsTextToSpeech { get; set; }

    /// <summary>The voice, language and text of an announcement made from a text-to-speech generation.</summary>
    public string? Voice { get; set; }

    public string? Language { get; set; }

    public string? Text { get; set; }
}

/// <summary>An organisation-level playlist: announcements in playing order, assigned to locations.</summary>
internal sealed class PlaylistRecord(Guid uuid)
{
    public Guid Uuid { get; } = uuid;

    public string Id { get; } = WebexIds.Encode(AnnouncementStore.PlaylistKind, uuid);

    public string Name { get; set; } = "";

    public List<AnnouncementRecord> Announcements { get; } = [];

    public List<LocationRecord> Locations { get; } = [];

    public DateTimeOffset LastUpdated { get; set; }
}

/// <summary>
/// A text-to-speech generation: a job that reports IN_PROGRESS on its first status read and its outcome (SUCCESS, or
/// FAILURE for a language the voices do not speak) from then on.
/// </summary>
internal sealed class TextToSpeechRecord(Guid uuid)
{
    public Guid Uuid { get; } = uuid;

    public string Id { get; } = WebexIds.Encode(AnnouncementStore.TextToSpeechKind, uuid);

    public string Voice { get; init; } = "";

    public string Text { get; init; } = "";

    public string LanguageCode { get; init; } = "";

    /// <summary>Null when the generation succeeds; else why it failed.</summary>
    public string? Failure { get; init; }

    /// <summary>Status reads so far.</summary>
    public int Reads { get; set; }

    /// <summary>The URI an announcement upload takes (on success).</summary>
    public string FileUri { get; init; } = "";
}
