using System.Text.Json.Nodes;
using WebexCalling.Sdk.Testing.Infrastructure;

namespace WebexCalling.Sdk.Testing.State;

/// <summary>
/// A party of a call as the reference shapes it (remoteParty, redirectingParty, parkedAgainst, callingParty):
/// name, number, personId, privacyEnabled, callType.
/// </summary>
internal sealed record PartyRecord(string? Name, string? Number, Guid? PersonUuid, string CallType)
{
    public JsonObject ToJson(bool withCallType = true)
    {
        var json = new JsonObject();
        JsonBody.Put(json, "name", Name);
        JsonBody.Put(json, "number", Number);
        if (PersonUuid is { } uuid) json["personId"] = WebexIds.Encode(WebexIds.People, uuid);
        json["privacyEnabled"] = false;
        if (withCallType) json["callType"] = CallType;
        return json;
    }
}

/// <summary>
/// One person's half of a call (what GET /telephony/calls/{callId} answers for that person). Two halves of a call
/// between two people point at each other through <see cref="Peer"/>; a call to an external number has no peer.
/// </summary>
internal sealed class CallRecord(Guid uuid, Guid ownerUuid, string sessionId, string personality, DateTimeOffset created, int appearance)
{
    public const string Connecting = "connecting";
    public const string Alerting = "alerting";
    public const string Connected = "connected";
    public const string Held = "held";
    public const string RemoteHeld = "remoteHeld";
    public const string Disconnected = "disconnected";

    public Guid Uuid { get; } = uuid;

    public string Id { get; } = WebexIds.Encode(WebexIds.Call, uuid);

    /// <summary>The person whose call this is.</summary>
    public Guid OwnerUuid { get; } = ownerUuid;

    public string SessionId { get; set; } = sessionId;

    /// <summary>originator or terminator.</summary>
    public string Personality { get; set; } = personality;

    /// <summary>connecting, alerting, connected or disconnected; held/remoteHeld are derived in <see cref="State"/>.</summary>
    public string Phase { get; set; } = Connecting;

    /// <summary>This party has put the call on hold.</summary>
    public bool OnHold { get; set; }

    /// <summary>This party waits in call park (the call shows remoteHeld until someone retrieves it).</summary>
    public bool Parked { get; set; }

    public CallRecord? Peer { get; set; }

    public required PartyRecord Remote { get; set; }

    /// <summary>The party the call was first with (dialled or calling): what the call history shows.</summary>
    public PartyRecord? HistoryParty { get; set; }

    public int Appearance { get; } = appearance;

    public DateTimeOffset Created { get; } = created;

    public DateTimeOffset? Answered { get; set; }

    public DateTimeOffset? DisconnectedAt { get; set; }

    public string? RecordingState { get; set; }

    public bool Muted { get; set; }

    public List<(string Reason, PartyRecord Party)> Redirections { get; } = [];

    /// <summary>Where the call was parked when this is a park recall.</summary>
    public PartyRecord? RecallParty { get; set; }

    /// <summary>The state the reference documents, derived from the phase and both parties' hold.</summary>
    public string State => Phase != Connected ? Phase
        : OnHold ? Held
        : Parked || Peer?.OnHold == true ? RemoteHeld
        : Connected;

    /// <summary>True when the call has been answered and not yet disconnected (connected, held or remoteHeld).</summary>
    public bool IsActive => Phase == Connected;

    /// <summary>The answer of GET /telephony/calls/{callId}; <paramref name="idKey"/> is "callId" in webhook events.</summary>
    public JsonObject ToJson(string idKey = "id")
    {
        var json = new JsonObject
        {
            [idKey] = Id,
            ["callSessionId"] = SessionId,
            ["personality"] = Personality,
            ["state"] = State,
            ["remoteParty"] = Remote.ToJson(),
            ["appearance"] = Appearance,
            ["created"] = PersonRecord.Timestamp(Created),
        };
        if (Answered is { } answered) json["answered"] = PersonRecord.Timestamp(answered);
        if (Redirections.Count > 0 && Phase == Alerting)
            json["redirections"] = new JsonArray(Redirections.Select(r => (JsonNode)new JsonObject
            {
                ["reason"] = r.Reason,
                ["redirectingParty"] = r.Party.ToJson(),
            }).ToArray());
        if (RecallParty is not null) json["recall"] = new JsonObject { ["type"] = "park", ["party"] = RecallParty.ToJson() };
        JsonBody.Put(json, "recordingState", RecordingState);
        if (DisconnectedAt is { } disconnected) json["disconnected"] = PersonRecord.Timestamp(disconnected);
        json["muteCapable"] = IsActive;
        json["muted"] = Muted;
        return json;
    }
}

/// <summary>A call history record: placed, received or missed.</summary>
internal sealed record CallHistoryRecord(string Type, PartyRecord Party, DateTimeOffset Time)
{
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = Type };
        JsonBody.Put(json, "name", Party.Name);
        JsonBody.Put(json, "number", Party.Number);
        json["privacyEnabled"] = false;
        json["time"] = PersonRecord.Timestamp(Time);
        return json;
    }
}

/// <summary>
/// The calls of the organisation: active call halves, call history, parked calls and the external voicemail MWI
/// status, per person. Reached by <c>state.Area&lt;CallStore&gt;()</c> under the state lock.
/// </summary>
internal sealed class CallStore
{
    public OrderedDictionary<Guid, CallRecord> Calls { get; } = [];

    public Dictionary<Guid, List<CallHistoryRecord>> History { get; } = [];

    /// <summary>Parked calls by the person they are parked against: the half of the party waiting in park.</summary>
    public Dictionary<Guid, CallRecord> Parked { get; } = [];

    /// <summary>The message waiting indicator set by an external voicemail system (true: SET).</summary>
    public Dictionary<Guid, bool> ExternalMwi { get; } = [];

    public IEnumerable<CallRecord> CallsOf(Guid person) => Calls.Values.Where(c => c.OwnerUuid == person);

    /// <summary>The lowest appearance not used by the person's active calls.</summary>
    public int NextAppearance(Guid person)
    {
        var used = CallsOf(person).Select(c => c.Appearance).ToHashSet();
        int n = 1;
        while (used.Contains(n)) n++;
        return n;
    }

    public void AddHistory(Guid person, CallHistoryRecord record)
    {
        if (!History.TryGetValue(person, out var list)) History[person] = list = [];
        list.Add(record);
    }
}
