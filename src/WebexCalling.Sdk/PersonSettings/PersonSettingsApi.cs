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
        // group A
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

        // group B
        PermissionsIn = new IncomingPermissionsApi(session, owner);
        PermissionsOut = new OutgoingPermissionsApi(session, owner);
        FeatureAccess = new FeatureAccessApi(session, owner);
        Schedules = new ScheduleApi(session, owner);
        SelectiveAccept = new SelectiveAcceptApi(session, owner);
        SelectiveForward = new SelectiveForwardApi(session, owner);
        SelectiveReject = new SelectiveRejectApi(session, owner);
        SimRing = new SimRingApi(session, owner);

        // group C

    }

    /// <summary>For mocking: every property is null unless overridden.</summary>
    protected PersonSettingsApi() { }

    /// <summary>Call waiting.</summary>
    public virtual CallWaitingApi CallWaiting { get; } = null!;

    // group A properties
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


    // group B properties
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

    // group C properties

    // group C members (endpoints of no single setting)

}
