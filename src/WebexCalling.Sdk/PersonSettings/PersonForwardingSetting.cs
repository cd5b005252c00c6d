namespace WebexCalling.Sdk.PersonSettings;

public sealed partial record PersonForwardingSetting
{
    /// <summary>All forwarding off: what a new person has.</summary>
    public static PersonForwardingSetting Default() => new()
    {
        CallForwarding = CallForwardingPerson.Default(),
        BusinessContinuity = CallForwardingCommon.Default(),
    };
}
