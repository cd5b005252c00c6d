namespace WebexCalling.Sdk.Testing.State;

/// <summary>
/// A person's conference: the host's calls joined together. A participant is one of the host's call halves (its id is
/// the participant's callId) with its mute and deafen flags.
/// </summary>
internal sealed class ConferenceRecord(Guid host, DateTimeOffset created, int appearance)
{
    public Guid Host { get; } = host;

    public DateTimeOffset Created { get; } = created;

    public int Appearance { get; } = appearance;

    public bool HostMuted { get; set; }

    public bool Held { get; set; }

    public List<ConferenceParticipantRecord> Participants { get; } = [];
}

/// <summary>One participant of a conference: the host's call with them.</summary>
internal sealed class ConferenceParticipantRecord(CallRecord call)
{
    public CallRecord Call { get; } = call;

    public bool Muted { get; set; }

    public bool Deafened { get; set; }
}

/// <summary>The conferences by host. Reached by <c>state.Area&lt;ConferenceStore&gt;()</c> under the state lock.</summary>
internal sealed class ConferenceStore
{
    public Dictionary<Guid, ConferenceRecord> Conferences { get; } = [];
}
