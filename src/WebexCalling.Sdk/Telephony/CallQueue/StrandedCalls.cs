namespace WebexCalling.Sdk.Telephony.CallQueue;

public sealed partial record StrandedCalls
{
    /// <summary>The update body: without the read-only file fields.</summary>
    internal StrandedCalls ForUpdate() => this with { AudioFiles = AnnAudioFile.ForUpdate(AudioFiles) };
}
