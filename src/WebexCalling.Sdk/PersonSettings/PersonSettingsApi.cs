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
