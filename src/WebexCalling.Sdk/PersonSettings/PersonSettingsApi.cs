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
        CallWaiting = new CallWaitingApi(session, SettingsOwner.Person);
    }

    /// <summary>For mocking.</summary>
    protected PersonSettingsApi()
    {
        CallWaiting = null!;
    }

    /// <summary>Call waiting.</summary>
    public virtual CallWaitingApi CallWaiting { get; }
}
