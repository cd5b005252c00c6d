using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Calls;
using WebexCalling.Sdk.Locations;
using WebexCalling.Sdk.People;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.VoiceMessages;
using WebexCalling.Sdk.Webhooks;

namespace WebexCalling.Sdk.Common;

/// <summary>
/// Source-generated JSON metadata for every model: camelCase names, nulls left out, numbers and booleans also read
/// from strings (Webex's examples carry <c>"latitude": "12.93"</c> and <c>"invitePending": "false"</c>).
/// Every model's attribute sits on this one declaration, in its area's block: the generator does not merge
/// <c>[JsonSerializable]</c> attributes spread over partial declarations (it emits duplicate files and fails).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(LenientBooleanConverter)])]
// Common
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(CodeAndReason))]
// Auth
[JsonSerializable(typeof(WebexCalling.Sdk.Auth.Tokens))]

// Locations
[JsonSerializable(typeof(Location))]
[JsonSerializable(typeof(Floor))]
// People
[JsonSerializable(typeof(Person))]
// PersonSettings
[JsonSerializable(typeof(EnabledSetting))]
// PersonSettings group A
[JsonSerializable(typeof(AnnouncementAudioFile))]
[JsonSerializable(typeof(SettingsMemberNumber))]
[JsonSerializable(typeof(SettingsMemberLocation))]
[JsonSerializable(typeof(SettingsMember))]
[JsonSerializable(typeof(CallForwardingCommon))]
[JsonSerializable(typeof(CallForwardingAlways))]
[JsonSerializable(typeof(CallForwardingNoAnswer))]
[JsonSerializable(typeof(CallForwardingPerson))]
[JsonSerializable(typeof(PersonForwardingSetting))]
[JsonSerializable(typeof(InterceptNumber))]
[JsonSerializable(typeof(InterceptAnnouncements))]
[JsonSerializable(typeof(InterceptSettingIncoming))]
[JsonSerializable(typeof(InterceptSettingOutgoing))]
[JsonSerializable(typeof(InterceptSetting))]
[JsonSerializable(typeof(CallRecordingNotification))]
[JsonSerializable(typeof(CallRecordingRepeat))]
[JsonSerializable(typeof(StartStopAnnouncement))]
[JsonSerializable(typeof(CallRecordingAccessSettings))]
[JsonSerializable(typeof(PostCallRecordingSettings))]
[JsonSerializable(typeof(CallRecordingAnnouncement))]
[JsonSerializable(typeof(CallRecordingAnnouncements))]
[JsonSerializable(typeof(CallRecordingSetting))]
[JsonSerializable(typeof(DirectLineCallerIdName))]
[JsonSerializable(typeof(CallerId))]
[JsonSerializable(typeof(VoicemailMediaFile))]
[JsonSerializable(typeof(VoicemailEnabled))]
[JsonSerializable(typeof(VoicemailEnabledWithGreeting))]
[JsonSerializable(typeof(UnansweredCalls))]
[JsonSerializable(typeof(VoicemailNotifications))]
[JsonSerializable(typeof(VoicemailTransferToNumber))]
[JsonSerializable(typeof(VoicemailCopyOfMessage))]
[JsonSerializable(typeof(VoicemailMessageStorage))]
[JsonSerializable(typeof(VoicemailFax))]
[JsonSerializable(typeof(VoicemailSettings))]
[JsonSerializable(typeof(VoicemailPasscode))]
[JsonSerializable(typeof(Dnd))]
[JsonSerializable(typeof(BargeSettings))]
[JsonSerializable(typeof(Privacy))]
[JsonSerializable(typeof(MonitoredElementMember))]
[JsonSerializable(typeof(MonitoredElementCpe))]
[JsonSerializable(typeof(MonitoredElementSpeedDial))]
[JsonSerializable(typeof(MonitoredElement))]
[JsonSerializable(typeof(Monitoring))]
[JsonSerializable(typeof(MonitoringMember))]
[JsonSerializable(typeof(PushToTalkSettings))]
[JsonSerializable(typeof(ReceptionistSettings))]
[JsonSerializable(typeof(CallBridgeSetting))]
[JsonSerializable(typeof(CallingBehavior))]
[JsonSerializable(typeof(AppServicesSettings))]
[JsonSerializable(typeof(ExecAssistantSetting))]
[JsonSerializable(typeof(MusicOnHold))]

// PersonSettings group B
[JsonSerializable(typeof(IncomingPermissions))]
[JsonSerializable(typeof(OutgoingPermissions))]
[JsonSerializable(typeof(CallTypePermission))]
[JsonSerializable(typeof(AutoTransferNumbers))]
[JsonSerializable(typeof(DigitPattern))]
[JsonSerializable(typeof(DigitPatterns))]
[JsonSerializable(typeof(AuthCode))]
[JsonSerializable(typeof(AuthCodes))]
[JsonSerializable(typeof(AccessCodesModifyRequest))]
[JsonSerializable(typeof(FeatureAccessSettings))]
[JsonSerializable(typeof(UserFeatureAccessSettings))]
[JsonSerializable(typeof(PersonSchedule))]
[JsonSerializable(typeof(ScheduleEvent))]
[JsonSerializable(typeof(ScheduleRecurrence))]
[JsonSerializable(typeof(RecurDaily))]
[JsonSerializable(typeof(RecurWeekly))]
[JsonSerializable(typeof(RecurYearlyByDate))]
[JsonSerializable(typeof(RecurYearlyByDay))]
[JsonSerializable(typeof(SelectiveAccept))]
[JsonSerializable(typeof(SelectiveAcceptCrit))]
[JsonSerializable(typeof(SelectiveAcceptCriteria))]
[JsonSerializable(typeof(SelectiveForward))]
[JsonSerializable(typeof(SelectiveForwardCrit))]
[JsonSerializable(typeof(SelectiveForwardCriteria))]
[JsonSerializable(typeof(SelectiveReject))]
[JsonSerializable(typeof(SelectiveRejectCrit))]
[JsonSerializable(typeof(SelectiveRejectCriteria))]
[JsonSerializable(typeof(SimRing))]
[JsonSerializable(typeof(SimRingNumber))]
[JsonSerializable(typeof(SimRingCrit))]
[JsonSerializable(typeof(SimRingCriteria))]

// PersonSettings group C

// Telephony (call queues)

// Calls
[JsonSerializable(typeof(TelephonyCall))]
[JsonSerializable(typeof(TelephonyParty))]
[JsonSerializable(typeof(Redirection))]
[JsonSerializable(typeof(Recall))]
[JsonSerializable(typeof(CallInfo))]
[JsonSerializable(typeof(ParkResponse))]
[JsonSerializable(typeof(CallHistoryRecord))]
[JsonSerializable(typeof(List<TelephonyCall>))]
[JsonSerializable(typeof(List<CallHistoryRecord>))]
[JsonSerializable(typeof(JsonObject))]

// VoiceMessages
[JsonSerializable(typeof(MessageSummary))]
[JsonSerializable(typeof(VoiceMessageDetails))]
[JsonSerializable(typeof(VoiceMailPartyInformation))]

// Webhooks
[JsonSerializable(typeof(Webhook))]
[JsonSerializable(typeof(WebhookEvent))]
[JsonSerializable(typeof(TelephonyEventData))]
[JsonSerializable(typeof(GenericEventData))]

public sealed partial class WebexJson : JsonSerializerContext;
