namespace WebexCalling.Sdk.PersonSettings;

public sealed partial record CallForwardingPerson
{
    /// <summary>All forwarding off: what a new person has.</summary>
    public static CallForwardingPerson Default() => new()
    {
        Always = CallForwardingAlways.Default(),
        Busy = CallForwardingCommon.Default(),
        NoAnswer = CallForwardingNoAnswer.Default(),
    };
}
