using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Locations;
using WebexCalling.Sdk.People;
using WebexCalling.Sdk.PersonSettings;

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
[JsonSerializable(typeof(SettingsLocationRef))]
[JsonSerializable(typeof(SettingsUserType))]
[JsonSerializable(typeof(SettingsLineType))]
[JsonSerializable(typeof(AvailableCallerIdType))]
[JsonSerializable(typeof(AgentCallerId))]
[JsonSerializable(typeof(AppSharedLineMember))]
[JsonSerializable(typeof(AppSharedLineMembers))]
[JsonSerializable(typeof(AvailableNumberState))]
[JsonSerializable(typeof(AvailableNumberOwnerType))]
[JsonSerializable(typeof(AvailableNumberOwner))]
[JsonSerializable(typeof(AvailablePhoneNumberLicenseType))]
[JsonSerializable(typeof(AvailableNumber))]
[JsonSerializable(typeof(EcbnEffectiveLevel))]
[JsonSerializable(typeof(EcbnQuality))]
[JsonSerializable(typeof(EcbnSelection))]
[JsonSerializable(typeof(PersonEcbnDirectLine))]
[JsonSerializable(typeof(EcbnLocationMember))]
[JsonSerializable(typeof(EcbnDefault))]
[JsonSerializable(typeof(PersonEcbn))]
[JsonSerializable(typeof(EcbnDependencies))]
[JsonSerializable(typeof(HotDeskingAvailableMember))]
[JsonSerializable(typeof(HotDeskingMember))]
[JsonSerializable(typeof(HotDeskingMembers))]
[JsonSerializable(typeof(ModeManagementFeatureType))]
[JsonSerializable(typeof(ModeManagementExceptionType))]
[JsonSerializable(typeof(ModeManagementAvailableFeature))]
[JsonSerializable(typeof(ModeManagementFeature))]
[JsonSerializable(typeof(MsTeamsSettingsObject))]
[JsonSerializable(typeof(MsTeamsSettings))]
[JsonSerializable(typeof(PersonRingPattern))]
[JsonSerializable(typeof(PersonNumberAction))]
[JsonSerializable(typeof(PersonPhoneNumber))]
[JsonSerializable(typeof(PersonNumbers))]
[JsonSerializable(typeof(UpdatePersonPhoneNumber))]
[JsonSerializable(typeof(UpdatePersonNumbers))]
[JsonSerializable(typeof(PersonalAssistantPresence))]
[JsonSerializable(typeof(PersonalAssistantAlerting))]
[JsonSerializable(typeof(PersonalAssistant))]
[JsonSerializable(typeof(PreferredAnswerEndpointType))]
[JsonSerializable(typeof(PreferredAnswerEndpoint))]
[JsonSerializable(typeof(PreferredAnswerResponse))]
[JsonSerializable(typeof(SingleNumberReachNumber))]
[JsonSerializable(typeof(SingleNumberReach))]
[JsonSerializable(typeof(PersonTelephonySettings))]
[JsonSerializable(typeof(PersonDeviceActivationState))]
[JsonSerializable(typeof(PersonDeviceModelType))]
[JsonSerializable(typeof(DeviceHoteling))]
[JsonSerializable(typeof(PersonDeviceOwner))]
[JsonSerializable(typeof(PersonTelephonyDevice))]
[JsonSerializable(typeof(PersonDeviceList))]
[JsonSerializable(typeof(UserCallCaptions))]
[JsonSerializable(typeof(global::WebexCalling.Sdk.PersonSettings.Executive.ExecAlertingMode))]
[JsonSerializable(typeof(global::WebexCalling.Sdk.PersonSettings.Executive.ExecAlertRolloverAction))]
[JsonSerializable(typeof(global::WebexCalling.Sdk.PersonSettings.Executive.ExecAlertClidNameMode))]
[JsonSerializable(typeof(global::WebexCalling.Sdk.PersonSettings.Executive.ExecAlertClidPhoneNumberMode))]
[JsonSerializable(typeof(global::WebexCalling.Sdk.PersonSettings.Executive.ExecAlert))]
[JsonSerializable(typeof(global::WebexCalling.Sdk.PersonSettings.Executive.ExecOrAssistant))]
[JsonSerializable(typeof(global::WebexCalling.Sdk.PersonSettings.Executive.AssistantSettings))]
[JsonSerializable(typeof(global::WebexCalling.Sdk.PersonSettings.Executive.ExecCallFilterType))]
[JsonSerializable(typeof(global::WebexCalling.Sdk.PersonSettings.Executive.ExecSelectiveFrom))]
[JsonSerializable(typeof(global::WebexCalling.Sdk.PersonSettings.Executive.ExecScheduleType))]
[JsonSerializable(typeof(global::WebexCalling.Sdk.PersonSettings.Executive.ExecCallFilteringScheduleLevel))]
[JsonSerializable(typeof(global::WebexCalling.Sdk.PersonSettings.Executive.ExecCallFilteringNumberType))]
[JsonSerializable(typeof(global::WebexCalling.Sdk.PersonSettings.Executive.ExecCallFilteringCriteriaItem))]
[JsonSerializable(typeof(global::WebexCalling.Sdk.PersonSettings.Executive.ExecCallFiltering))]
[JsonSerializable(typeof(global::WebexCalling.Sdk.PersonSettings.Executive.ExecCallFilteringToNumber))]
[JsonSerializable(typeof(global::WebexCalling.Sdk.PersonSettings.Executive.ExecCallFilteringCriteria))]
[JsonSerializable(typeof(global::WebexCalling.Sdk.PersonSettings.Executive.ExecScreeningAlertType))]
[JsonSerializable(typeof(global::WebexCalling.Sdk.PersonSettings.Executive.ExecScreening))]
[JsonSerializable(typeof(IReadOnlyList<AgentCallerId>))]
[JsonSerializable(typeof(IReadOnlyList<AppSharedLineMember>))]
[JsonSerializable(typeof(IReadOnlyList<HotDeskingMember>))]
[JsonSerializable(typeof(IReadOnlyList<ModeManagementFeature>))]
[JsonSerializable(typeof(IReadOnlyList<global::WebexCalling.Sdk.PersonSettings.Executive.ExecOrAssistant>))]
[JsonSerializable(typeof(IReadOnlyList<global::WebexCalling.Sdk.PersonSettings.Executive.ExecCallFilteringCriteriaItem>))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonObject))]

// Telephony (call queues)

// Calls

// VoiceMessages

// Webhooks

public sealed partial class WebexJson : JsonSerializerContext;
