using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>The queue itself: size, overflow and the messages callers and agents hear.</summary>
public sealed record QueueSettings
{
    /// <summary>How many calls can wait; beyond this the overflow settings apply.</summary>
    public int? QueueSize { get; init; }

    /// <summary>Whether the caller hears ringing while the call is offered to an agent.</summary>
    public bool? CallOfferToneEnabled { get; init; }

    /// <summary>Whether caller statistics reset when a call enters the queue.</summary>
    public bool? ResetCallStatisticsEnabled { get; init; }

    /// <summary>Overflow settings.</summary>
    public OverflowSetting? Overflow { get; init; }

    /// <summary>The welcome message.</summary>
    public WelcomeMessageSetting? WelcomeMessage { get; init; }

    /// <summary>The estimated wait message.</summary>
    public WaitMessageSetting? WaitMessage { get; init; }

    /// <summary>The comfort message.</summary>
    public ComfortMessageSetting? ComfortMessage { get; init; }

    /// <summary>The comfort message bypass.</summary>
    public ComfortMessageBypass? ComfortMessageBypass { get; init; }

    /// <summary>Music on hold.</summary>
    public MohMessageSetting? MohMessage { get; init; }

    /// <summary>The message an agent hears just before a queue call connects.</summary>
    public AudioSource? WhisperMessage { get; init; }

    /// <summary>True: the organization's supervisor tone settings apply and the queue's <c>PlayToneToAgent…</c> values are ignored.</summary>
    public bool? UseEnterprisePlayToneToAgentSettingsEnabled { get; init; }

    /// <summary>Whether agents hear a tone when a supervisor barges in.</summary>
    public bool? PlayToneToAgentForBargeInEnabled { get; init; }

    /// <summary>Whether agents hear a tone when a supervisor monitors silently.</summary>
    public bool? PlayToneToAgentForSilentMonitoringEnabled { get; init; }

    /// <summary>Whether agents hear a tone when a supervisor coaches.</summary>
    public bool? PlayToneToAgentForSupervisorCoachingEnabled { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
