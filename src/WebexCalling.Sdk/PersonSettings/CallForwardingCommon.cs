namespace WebexCalling.Sdk.PersonSettings;

public sealed partial record CallForwardingCommon
{
    /// <summary>Forwarding off, no destination: what a new person has.</summary>
    public static CallForwardingCommon Default() => new() { Enabled = false, Destination = "", DestinationVoicemailEnabled = false };
}
