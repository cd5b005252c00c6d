using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Which calling features end users may change themselves (User Hub, Webex app, phones).</summary>
public sealed record FeatureAccessSettings
{
    /// <summary>Whether users may change <i>Anonymous call rejection</i>.</summary>
    public FeatureAccessLevel? AnonymousCallRejection { get; init; }

    /// <summary>Whether users may change <i>Barge In</i>.</summary>
    public FeatureAccessLevel? BargeIn { get; init; }

    /// <summary>Whether users may change <i>Block caller ID</i>.</summary>
    public FeatureAccessLevel? BlockCallerId { get; init; }

    /// <summary>Whether users may change <i>Call forwarding</i>.</summary>
    public FeatureAccessLevel? CallForwarding { get; init; }

    /// <summary>Whether users may change <i>Call waiting</i>.</summary>
    public FeatureAccessLevel? CallWaiting { get; init; }

    /// <summary>Whether users may change <i>Call notify</i>.</summary>
    public FeatureAccessLevel? CallNotify { get; init; }

    /// <summary>Whether users may change <i>Connected line identity</i>.</summary>
    public FeatureAccessLevel? ConnectedLineIdentity { get; init; }

    /// <summary>Whether users may change <i>Executive/executive assistant</i>.</summary>
    public FeatureAccessLevel? Executive { get; init; }

    /// <summary>Whether users may change <i>Hoteling</i>.</summary>
    public FeatureAccessLevel? Hoteling { get; init; }

    /// <summary>Whether users may change <i>Priority alert</i>.</summary>
    public FeatureAccessLevel? PriorityAlert { get; init; }

    /// <summary>Whether users may change <i>Selectively accept calls</i>.</summary>
    public FeatureAccessLevel? SelectivelyAcceptCalls { get; init; }

    /// <summary>Whether users may change <i>Selectively reject calls</i>.</summary>
    public FeatureAccessLevel? SelectivelyRejectCalls { get; init; }

    /// <summary>Whether users may change <i>Selectively forward calls</i>.</summary>
    public FeatureAccessLevel? SelectivelyForwardCalls { get; init; }

    /// <summary>Whether users may change <i>Sequential ring</i>.</summary>
    public FeatureAccessLevel? SequentialRing { get; init; }

    /// <summary>Whether users may change <i>Simultaneous ring</i>.</summary>
    public FeatureAccessLevel? SimultaneousRing { get; init; }

    /// <summary>Whether users may change <i>Single number reach</i>.</summary>
    public FeatureAccessLevel? SingleNumberReach { get; init; }

    /// <summary>Whether users may change <i>Voicemail</i>.</summary>
    public FeatureAccessLevel? Voicemail { get; init; }

    /// <summary>Whether users may change <i>Send calls to voicemail</i>.</summary>
    public FeatureAccessLevel? SendCallsToVoicemail { get; init; }

    /// <summary>Whether users may change <i>Email a copy of the voicemail message</i>.</summary>
    public FeatureAccessLevel? VoicemailEmailCopy { get; init; }

    /// <summary>Whether users may change <i>Fax messaging</i>.</summary>
    public FeatureAccessLevel? VoicemailFaxMessaging { get; init; }

    /// <summary>Whether users may change <i>Voicemail message storage</i>.</summary>
    public FeatureAccessLevel? VoicemailMessageStorage { get; init; }

    /// <summary>Whether users may change <i>Voicemail notifications</i>.</summary>
    public FeatureAccessLevel? VoicemailNotifications { get; init; }

    /// <summary>Whether users may change <i>Transfer on 0 to another number</i>.</summary>
    public FeatureAccessLevel? VoicemailTransferNumber { get; init; }

    /// <summary>Whether users may change <i>Generate activation codes and delete own phones</i>.</summary>
    public FeatureAccessLevel? GenerateActivationCode { get; init; }

    /// <summary>Whether users may change <i>Voicemail download</i>.</summary>
    public FeatureAccessLevel? VoicemailDownload { get; init; }

    /// <summary>Whether users may change <i>Speed dial</i>.</summary>
    public FeatureAccessLevel? SpeedDial { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
