using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Webhooks;

/// <summary>The kind of object a webhook reports on.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<WebhookResource>))]
public readonly record struct WebhookResource(string Value) : IWireValue<WebhookResource>
{
    /// <summary>Attachment actions (card submissions).</summary>
    public static WebhookResource AttachmentActions { get; } = new("attachmentActions");

    /// <summary>Data sources.</summary>
    public static WebhookResource DataSources { get; } = new("dataSources");

    /// <summary>Room memberships.</summary>
    public static WebhookResource Memberships { get; } = new("memberships");

    /// <summary>Messages.</summary>
    public static WebhookResource Messages { get; } = new("messages");

    /// <summary>Rooms (spaces).</summary>
    public static WebhookResource Rooms { get; } = new("rooms");

    /// <summary>Meetings.</summary>
    public static WebhookResource Meetings { get; } = new("meetings");

    /// <summary>Meeting recordings.</summary>
    public static WebhookResource Recordings { get; } = new("recordings");

    /// <summary>Call recordings (converged recordings).</summary>
    public static WebhookResource ConvergedRecordings { get; } = new("convergedRecordings");

    /// <summary>Meeting participants.</summary>
    public static WebhookResource MeetingParticipants { get; } = new("meetingParticipants");

    /// <summary>Meeting transcripts.</summary>
    public static WebhookResource MeetingTranscripts { get; } = new("meetingTranscripts");

    /// <summary>Service App authorisations.</summary>
    public static WebhookResource ServiceApp { get; } = new("serviceApp");

    /// <summary>Webex Calling calls.</summary>
    public static WebhookResource TelephonyCalls { get; } = new("telephony_calls");

    /// <summary>Webex Calling conference controls.</summary>
    public static WebhookResource TelephonyConference { get; } = new("telephony_conference");

    /// <summary>Webex Calling voicemail message waiting indicators.</summary>
    public static WebhookResource TelephonyMwi { get; } = new("telephony_mwi");

    /// <summary>Push notifications of incoming Webex Calling calls for mobile SDK apps (developer.webex.com calling SDK guide).</summary>
    public static WebhookResource TelephonyPush { get; } = new("telephony_push");

    /// <summary>Performance counters of a Dedicated Instance.</summary>
    public static WebhookResource UcCounters { get; } = new("uc_counters");

    /// <summary>Admin batch jobs.</summary>
    public static WebhookResource AdminBatchJobs { get; } = new("adminBatchJobs");

    /// <summary>Every resource (wxc_sdk's value; not in the official enumeration).</summary>
    public static WebhookResource All { get; } = new("all");

    /// <inheritdoc />
    public static WebhookResource FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == AttachmentActions || this == DataSources || this == Memberships || this == Messages
        || this == Rooms || this == Meetings || this == Recordings || this == ConvergedRecordings
        || this == MeetingParticipants || this == MeetingTranscripts || this == ServiceApp || this == TelephonyCalls
        || this == TelephonyConference || this == TelephonyMwi || this == TelephonyPush || this == UcCounters
        || this == AdminBatchJobs || this == All;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
