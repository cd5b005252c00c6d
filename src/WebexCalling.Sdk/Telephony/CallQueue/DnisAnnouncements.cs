namespace WebexCalling.Sdk.Telephony.CallQueue;

public sealed partial record DnisAnnouncements
{
    /// <summary>The update body, as wxc_sdk builds it: no playlist names, no read-only file fields.</summary>
    internal DnisAnnouncements ForUpdate() => this with
    {
        WelcomeMessage = WelcomeMessage?.ForDnisUpdate(),
        ComfortMessage = ComfortMessage?.ForDnisUpdate(),
        ComfortMessageBypass = ComfortMessageBypass?.ForDnisUpdate(),
        MohMessage = MohMessage is null ? null : MohMessage with
        {
            NormalSource = MohMessage.NormalSource?.ForDnisMohUpdate(),
            AlternateSource = MohMessage.AlternateSource?.ForDnisMohUpdate(),
        },
        WhisperMessage = WhisperMessage?.ForDnisUpdate(),
    };
}
