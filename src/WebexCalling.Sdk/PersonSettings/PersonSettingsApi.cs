using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.PersonSettings.Executive;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// The Webex Calling settings of a person: what an administrator sees on a user's Calling tab in Control Hub. Each
/// setting is a property; members that belong to no single setting sit here.
/// </summary>
public class PersonSettingsApi : SettingsApiChild
{
    internal PersonSettingsApi(RestSession session) : base(session, SettingsOwner.Person)
    {
        const SettingsOwner owner = SettingsOwner.Person;
        CallWaiting = new CallWaitingApi(session, owner);
        Forwarding = new PersonForwardingApi(session, owner);
        CallIntercept = new CallInterceptApi(session, owner);
        CallRecording = new CallRecordingApi(session, owner);
        CallerId = new CallerIdApi(session, owner);
        Voicemail = new VoicemailApi(session, owner);
        Dnd = new DndApi(session, owner);
        Barge = new BargeApi(session, owner);
        Privacy = new PrivacyApi(session, owner);
        Monitoring = new MonitoringApi(session, owner);
        PushToTalk = new PushToTalkApi(session, owner);
        Receptionist = new ReceptionistApi(session, owner);
        AnonCalls = new AnonCallsApi(session, owner);
        CallBridge = new CallBridgeApi(session, owner);
        CallingBehavior = new CallingBehaviorApi(session, owner);
        Hoteling = new HotelingApi(session, owner);
        Appservices = new AppServicesApi(session, owner);
        ExecAssistant = new ExecAssistantApi(session, owner);
        MusicOnHold = new MusicOnHoldApi(session, owner);

        PermissionsIn = new IncomingPermissionsApi(session, owner);
        PermissionsOut = new OutgoingPermissionsApi(session, owner);
        FeatureAccess = new FeatureAccessApi(session, owner);
        Schedules = new ScheduleApi(session, owner);
        SelectiveAccept = new SelectiveAcceptApi(session, owner);
        SelectiveForward = new SelectiveForwardApi(session, owner);
        SelectiveReject = new SelectiveRejectApi(session, owner);
        SimRing = new SimRingApi(session, owner);

        AgentCallerId = new AgentCallerIdApi(session, owner);
        AppSharedLine = new AppSharedLineApi(session, owner);
        AvailableNumbers = new AvailableNumbersApi(session, owner);
        Ecbn = new EcbnApi(session, owner);
        Executive = new ExecutiveSettingsApi(session, owner);
        Hotdesking = new HotDeskingApi(session, owner);
        ModeManagement = new ModeManagementApi(session, owner);
        MsTeams = new MsTeamsSettingApi(session, owner);
        Numbers = new NumbersApi(session, owner);
        PersonalAssistant = new PersonalAssistantApi(session, owner);
        PreferredAnswer = new PreferredAnswerApi(session, owner);
        SingleNumberReach = new SingleNumberReachApi(session, owner);
    }

    /// <summary>For mocking: every property is null unless overridden.</summary>
    protected PersonSettingsApi() { }

    /// <summary>Call waiting.</summary>
    public virtual CallWaitingApi CallWaiting { get; } = null!;

    /// <summary>Call forwarding: always, busy, no answer, business continuity.</summary>
    public virtual PersonForwardingApi Forwarding { get; } = null!;

    /// <summary>Call intercept.</summary>
    public virtual CallInterceptApi CallIntercept { get; } = null!;

    /// <summary>Call recording.</summary>
    public virtual CallRecordingApi CallRecording { get; } = null!;

    /// <summary>Caller ID.</summary>
    public virtual CallerIdApi CallerId { get; } = null!;

    /// <summary>Voicemail.</summary>
    public virtual VoicemailApi Voicemail { get; } = null!;

    /// <summary>Do not disturb.</summary>
    public virtual DndApi Dnd { get; } = null!;

    /// <summary>Barge-in.</summary>
    public virtual BargeApi Barge { get; } = null!;

    /// <summary>Privacy.</summary>
    public virtual PrivacyApi Privacy { get; } = null!;

    /// <summary>Monitoring of other lines.</summary>
    public virtual MonitoringApi Monitoring { get; } = null!;

    /// <summary>Push-to-talk.</summary>
    public virtual PushToTalkApi PushToTalk { get; } = null!;

    /// <summary>Receptionist client.</summary>
    public virtual ReceptionistApi Receptionist { get; } = null!;

    /// <summary>Anonymous call rejection.</summary>
    public virtual AnonCallsApi AnonCalls { get; } = null!;

    /// <summary>Call bridge.</summary>
    public virtual CallBridgeApi CallBridge { get; } = null!;

    /// <summary>Calling behavior.</summary>
    public virtual CallingBehaviorApi CallingBehavior { get; } = null!;

    /// <summary>Hoteling.</summary>
    public virtual HotelingApi Hoteling { get; } = null!;

    /// <summary>Application services.</summary>
    public virtual AppServicesApi Appservices { get; } = null!;

    /// <summary>Executive assistant role.</summary>
    public virtual ExecAssistantApi ExecAssistant { get; } = null!;

    /// <summary>Music on hold.</summary>
    public virtual MusicOnHoldApi MusicOnHold { get; } = null!;

    /// <summary>Incoming calling permissions.</summary>
    public virtual IncomingPermissionsApi PermissionsIn { get; } = null!;

    /// <summary>Outgoing calling permissions, with transfer numbers, access codes and digit patterns.</summary>
    public virtual OutgoingPermissionsApi PermissionsOut { get; } = null!;

    /// <summary>Which features users may change themselves, per person and as organisation defaults.</summary>
    public virtual FeatureAccessApi FeatureAccess { get; } = null!;

    /// <summary>A person's schedules (business hours, holidays) and their events.</summary>
    public virtual ScheduleApi Schedules { get; } = null!;

    /// <summary>Selective accept and its criteria.</summary>
    public virtual SelectiveAcceptApi SelectiveAccept { get; } = null!;

    /// <summary>Selective forward and its criteria.</summary>
    public virtual SelectiveForwardApi SelectiveForward { get; } = null!;

    /// <summary>Selective reject and its criteria.</summary>
    public virtual SelectiveRejectApi SelectiveReject { get; } = null!;

    /// <summary>Simultaneous ring and its criteria.</summary>
    public virtual SimRingApi SimRing { get; } = null!;

    /// <summary>Agent caller ID: the call queue or hunt group caller ID an agent presents.</summary>
    public virtual AgentCallerIdApi AgentCallerId { get; } = null!;

    /// <summary>Shared lines on the person's Webex Calling applications.</summary>
    public virtual AppSharedLineApi AppSharedLine { get; } = null!;

    /// <summary>Phone numbers available for a purpose (primary, secondary, forwarding, …).</summary>
    public virtual AvailableNumbersApi AvailableNumbers { get; } = null!;

    /// <summary>Emergency callback number.</summary>
    public virtual EcbnApi Ecbn { get; } = null!;

    /// <summary>Executive and executive-assistant settings.</summary>
    public virtual ExecutiveSettingsApi Executive { get; } = null!;

    /// <summary>Hot-desking lines.</summary>
    public virtual HotDeskingApi Hotdesking { get; } = null!;

    /// <summary>Mode management: features whose operating modes the person switches.</summary>
    public virtual ModeManagementApi ModeManagement { get; } = null!;

    /// <summary>Microsoft Teams integration settings.</summary>
    public virtual MsTeamsSettingApi MsTeams { get; } = null!;

    /// <summary>The person's phone numbers.</summary>
    public virtual NumbersApi Numbers { get; } = null!;

    /// <summary>Personal assistant (away message and transfer).</summary>
    public virtual PersonalAssistantApi PersonalAssistant { get; } = null!;

    /// <summary>Preferred answer endpoint.</summary>
    public virtual PreferredAnswerApi PreferredAnswer { get; } = null!;

    /// <summary>Single number reach.</summary>
    public virtual SingleNumberReachApi SingleNumberReach { get; } = null!;

    /// <summary>Reads the person's calling preferences: announcement language and time zone.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The preferences.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<PersonTelephonySettings> GetAsync(string personId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(ConfigUrl(personId), OrgQuery(orgId), WebexJson.Default.PersonTelephonySettings,
            cancellationToken);

    /// <summary>Changes the person's announcement language and/or time zone; a null argument is not sent.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="announcementLanguage">The announcement language, e.g. <c>en_us</c>.</param>
    /// <param name="timeZone">The time zone, e.g. <c>America/Chicago</c>.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ModifyAsync(string personId, string? announcementLanguage = null, string? timeZone = null, string? orgId = null,
        CancellationToken cancellationToken = default) =>
        Session.PutAsync(ConfigUrl(personId), OrgQuery(orgId),
            new PersonTelephonySettings { AnnouncementLanguage = announcementLanguage, TimeZone = timeZone },
            WebexJson.Default.PersonTelephonySettings, cancellationToken);

    /// <summary>Lists the devices the person has a line on, with the device limits.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The devices.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<PersonDeviceList> DevicesAsync(string personId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(ConfigUrl(personId, "devices"), OrgQuery(orgId), WebexJson.Default.PersonDeviceList,
            cancellationToken);

    /// <summary>Changes hoteling on the person's primary devices; null fields are not sent.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="hoteling">The hoteling settings.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="hoteling"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ModifyHotelingSettingsPrimaryDevicesAsync(string personId, DeviceHoteling hoteling, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        string url = ConfigUrl(personId, "devices", "settings", "hoteling");
        ArgumentNullException.ThrowIfNull(hoteling);
        var body = new System.Text.Json.Nodes.JsonObject
        {
            ["hoteling"] = ResponseFields.Node(hoteling, WebexJson.Default.DeviceHoteling),
        };
        return Session.PutAsync(url, OrgQuery(orgId), body, WebexJson.Default.JsonObject, cancellationToken);
    }

    /// <summary>Reads the person's call captions and transcripts settings, with the location's.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The settings.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<UserCallCaptions> GetCallCaptionsSettingsAsync(string personId, string? orgId = null,
        CancellationToken cancellationToken = default) =>
        Session.GetAsync(ConfigUrl(personId, "callCaptions"), OrgQuery(orgId), WebexJson.Default.UserCallCaptions,
            cancellationToken);

    /// <summary>Updates the person's call captions settings; the location's (read-only) values and null fields are not sent.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="settings">The settings, e.g. as read, with changes.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task UpdateCallCaptionsSettingsAsync(string personId, UserCallCaptions settings, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        string url = ConfigUrl(personId, "callCaptions");
        ArgumentNullException.ThrowIfNull(settings);
        var body = settings with { LocationClosedCaptionsEnabled = null, LocationTranscriptsEnabled = null };
        return Session.PutAsync(url, OrgQuery(orgId), body, WebexJson.Default.UserCallCaptions,
            cancellationToken);
    }

    /// <summary>Lists the calling services assigned to the person.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The service names.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<IReadOnlyList<string>> GetCallingServicesAsync(string personId, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        var answer = await Session.GetAsync(ConfigUrl(personId, "services"), OrgQuery(orgId),
            WebexJson.Default.JsonElement, cancellationToken).ConfigureAwait(false);
        return ResponseFields.Strings(answer, "services");
    }

    /// <summary>Resets the person's voicemail PIN to the organisation's default.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ResetVmPinAsync(string personId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.PostAsync<System.Text.Json.Nodes.JsonObject>(FeatureUrl(personId, "voicemail", "actions", "resetPin", "invoke"),
            OrgQuery(orgId), null, WebexJson.Default.JsonObject, cancellationToken);

}
