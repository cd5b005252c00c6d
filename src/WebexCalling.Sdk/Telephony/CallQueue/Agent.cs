namespace WebexCalling.Sdk.Telephony.CallQueue;

public sealed partial record Agent
{
    /// <summary>The agent as a create or update body carries it: only the id and the routing attributes.</summary>
    internal Agent ForUpdate() => this with
    {
        FirstName = null,
        LastName = null,
        UserType = null,
        Extension = null,
        PhoneNumber = null,
        RoutingPrefix = null,
        Esn = null,
        Location = null,
        HasCxEssentials = null,
    };
}
