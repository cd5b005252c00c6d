namespace WebexCalling.Sdk.Telephony.CallQueue;

public sealed partial record HolidayService
{
    /// <summary>The update body: without the read-only schedule list and file fields.</summary>
    internal HolidayService ForUpdate() => this with { HolidaySchedules = null, AudioFiles = AnnAudioFile.ForUpdate(AudioFiles) };
}
