namespace WebexCalling.Sdk.PersonSettings;

public sealed partial record CallForwardingNoAnswer
{
    /// <summary>Forwarding off after three rings: what a new person has.</summary>
    public static CallForwardingNoAnswer Default() => new() { Enabled = false, Destination = "", DestinationVoicemailEnabled = false, NumberOfRings = 3 };
}
