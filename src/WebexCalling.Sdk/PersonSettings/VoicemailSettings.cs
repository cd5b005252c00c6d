using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>An entity's voicemail settings.</summary>
public sealed record VoicemailSettings
{
    /// <summary>True when voicemail is on.</summary>
    public bool? Enabled { get; init; }

    /// <summary>Send all calls to voicemail.</summary>
    public EnabledSetting? SendAllCalls { get; init; }

    /// <summary>Send calls to voicemail while busy.</summary>
    public VoicemailEnabledWithGreeting? SendBusyCalls { get; init; }

    /// <summary>Send unanswered calls to voicemail.</summary>
    public UnansweredCalls? SendUnansweredCalls { get; init; }

    /// <summary>Notifications of new voicemails.</summary>
    public VoicemailNotifications? Notifications { get; init; }

    /// <summary>Transfer when the caller presses zero.</summary>
    public VoicemailTransferToNumber? TransferToNumber { get; init; }

    /// <summary>Email copies of messages.</summary>
    public VoicemailCopyOfMessage? EmailCopyOfMessage { get; init; }

    /// <summary>Message storage.</summary>
    public VoicemailMessageStorage? MessageStorage { get; init; }

    /// <summary>Fax messages.</summary>
    public VoicemailFax? FaxMessage { get; init; }

    /// <summary>True when voice message forwarding is on; read-only.</summary>
    public bool? VoiceMessageForwardingEnabled { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
