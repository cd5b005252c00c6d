using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>The announcements of one DNIS entry.</summary>
public sealed record DnisAnnouncements
{
    /// <summary>Whether the DNIS uses these announcements instead of the queue's.</summary>
    public bool? CustomDnisAnnouncementSettingsEnabled { get; init; }

    /// <summary>Welcome message.</summary>
    public WelcomeMessageSetting? WelcomeMessage { get; init; }

    /// <summary>Comfort message.</summary>
    public ComfortMessageSetting? ComfortMessage { get; init; }

    /// <summary>Comfort message bypass.</summary>
    public ComfortMessageBypass? ComfortMessageBypass { get; init; }

    /// <summary>Music on hold.</summary>
    public MohMessageSetting? MohMessage { get; init; }

    /// <summary>Wait message.</summary>
    public WaitMessageSetting? WaitMessage { get; init; }

    /// <summary>Whisper message.</summary>
    public AudioSource? WhisperMessage { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

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
