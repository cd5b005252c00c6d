namespace WebexCalling.Sdk.Telephony.CallQueue;

public sealed partial record AudioSource
{
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
