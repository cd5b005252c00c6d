namespace WebexCalling.Sdk.PersonSettings;

public sealed partial record CallForwardingAlways
{
    /// <summary>Forwarding off, no destination: what a new person has.</summary>
    public static CallForwardingAlways Default() => new() { Enabled = false, Destination = "", DestinationVoicemailEnabled = false, RingReminderEnabled = false };
}
