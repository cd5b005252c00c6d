namespace WebexCalling.Sdk.Telephony.CallQueue;

public sealed partial record ForcedForward
{
    /// <summary>The update body: without the read-only file fields.</summary>
    internal ForcedForward ForUpdate() => this with { AudioFiles = AnnAudioFile.ForUpdate(AudioFiles) };
}
