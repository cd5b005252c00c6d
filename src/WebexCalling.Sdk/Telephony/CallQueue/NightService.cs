namespace WebexCalling.Sdk.Telephony.CallQueue;

public sealed partial record NightService
{
    /// <summary>The update body: without the read-only schedule list and file fields.</summary>
    internal NightService ForUpdate() => this with
    {
        BusinessHourSchedules = null,
        AudioFiles = AnnAudioFile.ForUpdate(AudioFiles),
        ManualAudioFiles = AnnAudioFile.ForUpdate(ManualAudioFiles),
    };
}
