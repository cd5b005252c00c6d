using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Locations;
using WebexCalling.Sdk.People;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Telephony.CallQueue;

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

// Locations
[JsonSerializable(typeof(Location))]
[JsonSerializable(typeof(Floor))]
// People
[JsonSerializable(typeof(Person))]
// PersonSettings
[JsonSerializable(typeof(EnabledSetting))]
// PersonSettings group A

// PersonSettings group B

// PersonSettings group C

// Telephony (call queues)
[JsonSerializable(typeof(Agent))]
[JsonSerializable(typeof(AgentCallQueueSetting))]
[JsonSerializable(typeof(AgentCallQueueSettingsRequest))]
[JsonSerializable(typeof(AlternateNumber))]
[JsonSerializable(typeof(AlternateNumberSettings))]
[JsonSerializable(typeof(AnnAudioFile))]
[JsonSerializable(typeof(Announcement))]
[JsonSerializable(typeof(AudioSource))]
[JsonSerializable(typeof(AvailableAgent))]
[JsonSerializable(typeof(AvailableNumber))]
[JsonSerializable(typeof(CQHolidaySchedule))]
[JsonSerializable(typeof(CallBounce))]
[JsonSerializable(typeof(CallForwarding))]
[JsonSerializable(typeof(CallForwardingSettings))]
[JsonSerializable(typeof(CallForwardingNumber))]
[JsonSerializable(typeof(CallQueue))]
[JsonSerializable(typeof(CallQueueAgent))]
[JsonSerializable(typeof(CallQueueAgentDetail))]
[JsonSerializable(typeof(CallQueueAgentQueue))]
[JsonSerializable(typeof(CallQueueCallPolicies))]
[JsonSerializable(typeof(CallQueueSettings))]
[JsonSerializable(typeof(CallsFrom))]
[JsonSerializable(typeof(ComfortMessageBypass))]
[JsonSerializable(typeof(ComfortMessageSetting))]
[JsonSerializable(typeof(CustomNumbers))]
[JsonSerializable(typeof(DirectLineCallerIdName))]
[JsonSerializable(typeof(DistinctiveRing))]
[JsonSerializable(typeof(Dnis))]
[JsonSerializable(typeof(DnisAnnouncements))]
[JsonSerializable(typeof(DnisListResponse))]
[JsonSerializable(typeof(DnisSettings))]
[JsonSerializable(typeof(ForcedForward))]
[JsonSerializable(typeof(ForwardCallsTo))]
[JsonSerializable(typeof(ForwardOperatingModes))]
[JsonSerializable(typeof(ForwardTo))]
[JsonSerializable(typeof(ForwardingRule))]
[JsonSerializable(typeof(ForwardingRuleDetails))]
[JsonSerializable(typeof(ForwardingSetting))]
[JsonSerializable(typeof(HolidayService))]
[JsonSerializable(typeof(IdAndName))]
[JsonSerializable(typeof(DnisBulkDeleteRequest))]
[JsonSerializable(typeof(ModeForward))]
[JsonSerializable(typeof(ModeForwardTo))]
[JsonSerializable(typeof(MohMessageSetting))]
[JsonSerializable(typeof(NightService))]
[JsonSerializable(typeof(NumberOwner))]
[JsonSerializable(typeof(OverflowSetting))]
[JsonSerializable(typeof(QueueSettings))]
[JsonSerializable(typeof(StrandedCalls))]
[JsonSerializable(typeof(UserNumber))]
[JsonSerializable(typeof(WaitMessageSetting))]
[JsonSerializable(typeof(WelcomeMessageSetting))]

// Calls

// VoiceMessages

// Webhooks

public sealed partial class WebexJson : JsonSerializerContext;
