using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// The plain person settings (one GET and one PUT each) and what a person has before changing them. Field names follow
/// the official Webex Calling reference; the values are the documented defaults of a new calling user. Settings newer
/// than the reference snapshot (selective accept/forward/reject, simultaneous ring, single number reach, executive,
/// personal assistant, call captions, ...) use the field names of the Webex developer documentation.
/// </summary>
internal static class PersonSettingsCatalog
{
    private const string People = "/people/{personId}";
    private const string Config = "/telephony/config/people/{personId}";

    /// <summary>The call types of outgoing calling permissions, as the reference lists them.</summary>
    public static readonly string[] OutgoingCallTypes =
    [
        "INTERNAL_CALL", "TOLL_FREE", "INTERNATIONAL", "OPERATOR_ASSISTED", "CHARGEABLE_DIRECTORY_ASSISTED",
        "SPECIAL_SERVICES_I", "SPECIAL_SERVICES_II", "PREMIUM_SERVICES_I", "PREMIUM_SERVICES_II", "NATIONAL",
    ];

    /// <summary>Every plain setting, in the order the routes are mapped.</summary>
    public static IReadOnlyList<PersonSettingFeature> All { get; } =
    [
        new($"{People}/features/intercept", (_, _) => new JsonObject
        {
            ["enabled"] = false,
            ["incoming"] = new JsonObject
            {
                ["type"] = "INTERCEPT_ALL",
                ["voicemailEnabled"] = false,
                ["announcements"] = new JsonObject
                {
                    ["greeting"] = "DEFAULT",
                    ["newNumber"] = new JsonObject { ["enabled"] = false },
                    ["zeroTransfer"] = new JsonObject { ["enabled"] = false },
                },
            },
            ["outgoing"] = new JsonObject { ["type"] = "INTERCEPT_ALL", ["transferEnabled"] = false },
        }, ["incoming.announcements.filename"]),

        new($"{People}/features/callRecording", (_, _) => new JsonObject
        {
            ["enabled"] = false,
            ["record"] = "Never",
            ["recordVoicemailEnabled"] = false,
            ["startStopAnnouncementEnabled"] = false,
            ["notification"] = new JsonObject { ["type"] = "None", ["enabled"] = false },
            ["repeat"] = new JsonObject { ["interval"] = 15, ["enabled"] = false },
            ["serviceProvider"] = "WSWYZ25455",
            ["externalGroup"] = "WSWYZ25455L31",
            ["externalIdentifier"] = "sim-recording",
            ["startStopAnnouncement"] = new JsonObject { ["internalCallsEnabled"] = false, ["pstnCallsEnabled"] = false },
            ["callRecordingAccessSettings"] = new JsonObject
            {
                ["viewAndPlayRecordingsEnabled"] = true,
                ["downloadRecordingsEnabled"] = true,
                ["deleteRecordingsEnabled"] = false,
                ["shareRecordingsEnabled"] = false,
            },
        // the 2026 reference's PUT takes neither the start/stop flag nor access, post-call and announcement settings
        }, ["serviceProvider", "externalGroup", "externalIdentifier", "startStopAnnouncementEnabled", "callRecordingAccessSettings",
            "postCallRecordingSettings", "announcements"], Prepare: (_, _, _, body) =>
        {
            // the reference's PUT allows only "Beep" and "Play Announcement": no notification is sent as type null,
            // and a GET shows it as "None"
            if (body["notification"] is JsonObject notification && notification.TryGetPropertyValue("type", out var type) && type is null)
                notification["type"] = "None";
            return null;
        }),

        new($"{People}/features/callerId", (_, p) =>
        {
            var json = new JsonObject
            {
                ["types"] = JsonBody.Array(p.PhoneNumbers.Count > 0 ? ["DIRECT_LINE", "LOCATION_NUMBER", "CUSTOM"] : ["LOCATION_NUMBER", "CUSTOM"]),
                ["selected"] = p.PhoneNumbers.Count > 0 ? "DIRECT_LINE" : "LOCATION_NUMBER",
            };
            JsonBody.Put(json, "directNumber", PrimaryNumber(p));
            JsonBody.Put(json, "extensionNumber", p.Extension);
            json["tollFreeLocationNumber"] = false;
            json["firstName"] = p.FirstName ?? "";
            json["lastName"] = p.LastName ?? "";
            json["blockInForwardCallsEnabled"] = false;
            json["externalCallerIdNamePolicy"] = "DIRECT_LINE";
            json["locationExternalCallerIdName"] = p.Location?.Name ?? "";
            json["additionalExternalCallerIdDirectLineEnabled"] = false;
            json["additionalExternalCallerIdLocationNumberEnabled"] = false;
            return json;
        // displayName, displayDetail and dialByName are the workspace's: the 2026 reference's person PUT lacks them
        }, ["types", "directNumber", "extensionNumber", "locationNumber", "tollFreeLocationNumber", "locationExternalCallerIdName",
            "displayName", "displayDetail", "dialByName"]),

        new($"{People}/features/callingBehavior", (_, _) => new JsonObject
        {
            ["behaviorType"] = "NATIVE_WEBEX_TEAMS_CALLING",
            ["effectiveBehaviorType"] = "NATIVE_WEBEX_TEAMS_CALLING",
        }, ["effectiveBehaviorType"], Decorate: (_, _, json) =>
            json["effectiveBehaviorType"] = JsonBody.String(json, "behaviorType") ?? "NATIVE_WEBEX_TEAMS_CALLING"),

        new($"{Config}/emergencyCallbackNumber", (_, p) =>
        {
            var direct = new JsonObject();
            JsonBody.Put(direct, "phoneNumber", PrimaryNumber(p));
            direct["firstName"] = p.FirstName ?? "";
            direct["lastName"] = p.LastName ?? "";
            direct["effectiveLevel"] = "DIRECT_LINE";
            JsonBody.Put(direct, "effectiveValue", PrimaryNumber(p));
            direct["quality"] = PrimaryNumber(p) is null ? "INVALID" : "RECOMMENDED";
            return new JsonObject
            {
                ["selected"] = "DIRECT_LINE",
                ["directLineInfo"] = direct,
                ["defaultInfo"] = new JsonObject { ["effectiveValue"] = PrimaryNumber(p) ?? "", ["quality"] = "RECOMMENDED" },
            };
        // locationMemberInfo is read-only too, but PrepareEcbn sets it from locationMemberId (and drops what a client sent)
        }, ["directLineInfo", "locationECBNInfo", "defaultInfo"],
            Prepare: PersonSettingsEndpoints.PrepareEcbn),

        new($"{Config}/executive/alert", (_, _) => new JsonObject
        {
            ["alertingMode"] = "SEQUENTIAL",
            ["nextAssistantNumberOfRings"] = 3,
            ["rolloverEnabled"] = false,
            ["rolloverAction"] = "VOICE_MESSAGING",
            ["rolloverWaitTimeInSecs"] = 20,
            ["clidNameMode"] = "EXECUTIVE_ORIGINATOR",
            ["clidPhoneNumberMode"] = "EXECUTIVE",
        }),

        new($"{Config}/executive/assistant", (_, _) => new JsonObject
        {
            ["forwardFilteredCallsEnabled"] = false,
        }, ["executives"], Prepare: PersonSettingsExtras.PrepareAssistant, Decorate: PersonSettingsExtras.DecorateAssistant),

        new($"{Config}/executive/screening", (_, _) => new JsonObject
        {
            ["enabled"] = false,
            ["alertType"] = "SILENT",
            ["alertAnywhereLocationEnabled"] = false,
            ["alertMobilityLocationEnabled"] = false,
            ["alertSharedCallAppearanceLocationEnabled"] = false,
        }),

        new($"{Config}/executive/callFiltering", (_, _) => new JsonObject
        {
            ["enabled"] = false,
            ["filterType"] = "ALL_CALLS",
        }, ["criteria"], Prepare: PersonSettingsCollections.ApplyExecutiveCriteriaActivation, Decorate: (state, p, json) =>
            json["criteria"] = PersonSettingsCollections.ExecutiveCriteriaSummaries(state, p)),

        new(Config, (_, p) =>
        {
            var json = new JsonObject { ["announcementLanguage"] = "en_us" };
            JsonBody.Put(json, "timeZone", p.Timezone ?? p.Location?.TimeZone);
            return json;
        }),

        new($"{Config}/callCaptions", (_, _) => new JsonObject
        {
            ["userClosedCaptionsEnabled"] = false,
            ["userTranscriptsEnabled"] = false,
            ["locationClosedCaptionsEnabled"] = true,
            ["locationTranscriptsEnabled"] = true,
            ["useLocationSettingsEnabled"] = true,
        }, ["locationClosedCaptionsEnabled", "locationTranscriptsEnabled"]),

        new($"{People}/features/monitoring", (_, _) => new JsonObject
        {
            ["callParkNotificationEnabled"] = false,
            ["monitoredElements"] = new JsonArray(),
        }, Prepare: PersonSettingsEndpoints.PrepareMonitoring),

        new($"{People}/features/outgoingPermission", (_, _) => new JsonObject
        {
            ["useCustomEnabled"] = false,
            ["callingPermissions"] = new JsonArray(OutgoingCallTypes.Select(t => (JsonNode)new JsonObject
            {
                ["callType"] = t,
                ["action"] = t is "INTERNATIONAL" or "PREMIUM_SERVICES_I" or "PREMIUM_SERVICES_II" ? "BLOCK" : "ALLOW",
                ["transferEnabled"] = true,
                ["isCallTypeRestrictionEnabled"] = false,
            }).ToArray()),
        }, Prepare: (_, state, p, body) => KeepCallTypeRestrictions(state, p, body)),

        new($"{Config}/preferredAnswerEndpoint", (state, p) => new JsonObject
        {
            ["endpoints"] = new JsonArray(new JsonObject
            {
                ["id"] = WebexIds.Encode(WebexIds.Application, p.Uuid),
                ["name"] = "Webex Desktop Application",
                ["type"] = "APPLICATION",
            }),
        }, ["endpoints"], Prepare: PersonSettingsEndpoints.PreparePreferredAnswer),

        new($"{People}/features/privacy", (_, _) => new JsonObject
        {
            ["aaExtensionDialingEnabled"] = true,
            ["aaNamingDialingEnabled"] = true,
            ["enablePhoneStatusDirectoryPrivacy"] = false,
            ["enablePhoneStatusPickupBargeInPrivacy"] = false,
            ["monitoringAgents"] = new JsonArray(),
        }, Prepare: (context, state, _, body) => PersonSettingsEndpoints.MembersFromIds(context, state, body, "monitoringAgents")),

        new($"{People}/features/pushToTalk", (_, _) => new JsonObject
        {
            ["allowAutoAnswer"] = true,
            ["connectionType"] = "ONE_WAY",
            ["accessType"] = "ALLOW_MEMBERS",
            ["members"] = new JsonArray(),
        }, Prepare: (context, state, _, body) => PersonSettingsEndpoints.MembersFromIds(context, state, body, "members")),

        new($"{People}/features/reception", (_, _) => new JsonObject
        {
            ["receptionEnabled"] = false,
            ["monitoredMembers"] = new JsonArray(),
        }, Prepare: (context, state, _, body) => PersonSettingsEndpoints.MembersFromIds(context, state, body, "monitoredMembers")),

        new($"{Config}/selectiveAccept", (_, _) => new JsonObject { ["enabled"] = false },
            ["criteria"], Decorate: (state, p, json) =>
                json["criteria"] = PersonSettingsCollections.CriteriaSummaries(state, p, "selectiveAccept")),

        new($"{Config}/selectiveForward", (_, _) => new JsonObject
        {
            ["enabled"] = false,
            ["ringReminderEnabled"] = false,
            ["destinationVoicemailEnabled"] = false,
        }, ["criteria"], Decorate: (state, p, json) =>
            json["criteria"] = PersonSettingsCollections.CriteriaSummaries(state, p, "selectiveForward")),

        new($"{Config}/selectiveReject", (_, _) => new JsonObject { ["enabled"] = false },
            ["criteria"], Decorate: (state, p, json) =>
                json["criteria"] = PersonSettingsCollections.CriteriaSummaries(state, p, "selectiveReject")),

        new($"{Config}/simultaneousRing", (_, _) => new JsonObject
        {
            ["enabled"] = false,
            ["doNotRingIfOnCallEnabled"] = true,
            ["phoneNumbers"] = new JsonArray(),
            ["criteriasEnabled"] = false,
        }, ["criteria"], Decorate: (state, p, json) =>
            json["criteria"] = PersonSettingsCollections.CriteriaSummaries(state, p, "simultaneousRing")),

        new($"{Config}/singleNumberReach", (_, _) => new JsonObject
        {
            ["enabled"] = false,
            ["alertAllNumbersForClickToDialCallsEnabled"] = false,
        }, ["numbers"], Decorate: (state, p, json) =>
            json["numbers"] = PersonSettingsCollections.SnrNumbers(state, p)),

        new($"{People}/features/voicemail", (_, p) => new JsonObject
        {
            ["enabled"] = true,
            ["sendAllCalls"] = new JsonObject { ["enabled"] = false },
            ["sendBusyCalls"] = new JsonObject { ["enabled"] = true, ["greeting"] = "DEFAULT", ["greetingUploaded"] = false },
            ["sendUnansweredCalls"] = new JsonObject
            {
                ["enabled"] = true,
                ["greeting"] = "DEFAULT",
                ["greetingUploaded"] = false,
                ["numberOfRings"] = 3,
                ["systemMaxNumberOfRings"] = VoicemailMaxRings,
            },
            ["notifications"] = new JsonObject { ["enabled"] = false },
            ["transferToNumber"] = new JsonObject { ["enabled"] = false },
            ["emailCopyOfMessage"] = new JsonObject { ["enabled"] = false, ["emailId"] = p.Email ?? "" },
            ["messageStorage"] = new JsonObject { ["mwiEnabled"] = true, ["storageType"] = "INTERNAL", ["externalEmail"] = "" },
            ["faxMessage"] = new JsonObject { ["enabled"] = false },
            ["voiceMessageForwardingEnabled"] = false,
        // the audio files and the SMS destination are wxc_sdk's: the 2026 reference's PUT lacks them
        }, ["sendBusyCalls.greetingUploaded", "sendUnansweredCalls.greetingUploaded", "sendUnansweredCalls.systemMaxNumberOfRings",
            "sendBusyCalls.audioFile", "sendUnansweredCalls.audioFile", "notifications.smsDestination"],
            Prepare: (context, _, _, body) => CheckVoicemailRings(context, body)),
    ];

    /// <summary>
    /// Webex refuses a voicemail <c>numberOfRings</c> below 2 or above the system maximum (the
    /// <c>systemMaxNumberOfRings</c> answered, 15 here).
    /// </summary>
    private static IResult? CheckVoicemailRings(HttpContext context, JsonObject body)
    {
        if (body["sendUnansweredCalls"] is not JsonObject unanswered || unanswered["numberOfRings"] is not JsonValue value) return null;
        if (value.TryGetValue(out int rings) && rings is >= 2 and <= VoicemailMaxRings) return null;
        return SimResults.BadRequest(context, $"numberOfRings must be between 2 and {VoicemailMaxRings}.");
    }

    private const int VoicemailMaxRings = 15;

    /// <summary>
    /// <c>isCallTypeRestrictionEnabled</c> is the system's (the 2026 update schema has no such field): an update of the
    /// calling permissions keeps each call type's flag instead of taking it from the body.
    /// </summary>
    private static IResult? KeepCallTypeRestrictions(SimulatorState state, SettingsOwnerRecord person, JsonObject body)
    {
        if (body["callingPermissions"] is not JsonArray sent) return null;
        var stored = state.Area<PersonSettingsStore>().Find(person.Uuid, $"{People}/features/outgoingPermission")?["callingPermissions"] as JsonArray;
        foreach (var entry in sent.OfType<JsonObject>())
        {
            string? callType = JsonBody.String(entry, "callType");
            var before = stored?.OfType<JsonObject>().FirstOrDefault(e => JsonBody.String(e, "callType") == callType);
            entry["isCallTypeRestrictionEnabled"] = (before is null ? null : JsonBody.Bool(before, "isCallTypeRestrictionEnabled")) ?? false;
        }
        return null;
    }

    /// <summary>The primary (else first) work number of a person, or null.</summary>
    public static string? PrimaryNumber(SettingsOwnerRecord owner) => owner.PrimaryNumber;
}
