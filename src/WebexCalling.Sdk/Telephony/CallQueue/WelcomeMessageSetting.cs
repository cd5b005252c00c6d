namespace WebexCalling.Sdk.Telephony.CallQueue;

public sealed partial record WelcomeMessageSetting
{
    /// <summary>The setting as a DNIS announcements update carries it: without playlist and read-only file fields.</summary>
    internal WelcomeMessageSetting ForDnisUpdate() => this with
    {
        AudioPlaylistId = null,
        AudioPlaylistName = null,
        AudioAnnouncementFiles = AnnAudioFile.ForUpdate(AudioAnnouncementFiles),
    };
}
