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

        // group C

    }

    /// <summary>For mocking: every property is null unless overridden.</summary>
    protected PersonSettingsApi() { }

    /// <summary>Call waiting.</summary>
    public virtual CallWaitingApi CallWaiting { get; } = null!;

    // group A properties

    // group B properties

    // group C properties

    // group C members (endpoints of no single setting)

}
