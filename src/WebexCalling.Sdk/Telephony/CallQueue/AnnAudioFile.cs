namespace WebexCalling.Sdk.Telephony.CallQueue;

public sealed partial record AnnAudioFile
{
    /// <summary>The file as an update body carries it: without the read-only size and text-to-speech flag.</summary>
    internal AnnAudioFile ForUpdate() => this with { FileSize = null, IsTextToSpeech = null };
    /// <summary>Applies <see cref="ForUpdate()"/> to each file of a list.</summary>
    internal static IReadOnlyList<AnnAudioFile>? ForUpdate(IReadOnlyList<AnnAudioFile>? files) =>
        files?.Select(f => f?.ForUpdate()!).ToList();
}
