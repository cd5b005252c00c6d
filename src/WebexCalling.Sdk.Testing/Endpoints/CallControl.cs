using System.Text;
using Microsoft.AspNetCore.Http;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// The call state machine behind /telephony/calls, for one request of one person (the token's owner). Every change
/// of a call half publishes a telephony_calls webhook event (created, updated, deleted) in the order it happens.
/// Create and use it under the state lock. <paramref name="member"/> acts for that person instead of the token's owner
/// (call control by member id, /telephony/calls/members/{memberId}).
/// </summary>
internal sealed class CallControl(SimulatorState state, HttpContext context, Guid? member = null)
{
    public const string Originator = "originator";
    public const string Terminator = "terminator";

    public SimulatorState State { get; } = state;

    public HttpContext Context { get; } = context;

    public CallStore Store { get; } = state.Area<CallStore>();

    public Guid Caller { get; } = member ?? SimulatorMiddleware.CallerOf(context);

    public DateTimeOffset Now { get; } = state.Time.GetUtcNow();

    public IResult Bad(string message) => SimResults.BadRequest(Context, message);

    /// <summary>The caller as a calling user; an error when the token's owner has no Webex Calling.</summary>
    public PersonRecord? CallingCaller(out IResult? error)
    {
        error = null;
        if (State.People.TryGetValue(Caller, out var me) && me.Location is not null) return me;
        error = Bad("The user is not a Webex Calling user; call control needs a calling license, a location and an extension or number.");
        return null;
    }

    /// <summary>
    /// The caller's call with this id: 400 when missing, 404 when unknown (or another person's, or already
    /// disconnected).
    /// </summary>
    public CallRecord? OwnCall(string? callId, out IResult? error, string field = "callId")
    {
        error = null;
        if (string.IsNullOrWhiteSpace(callId))
        {
            error = Bad($"Missing required field(s): {field}.");
            return null;
        }
        if (WebexIds.TryDecode(callId, WebexIds.Call, out var uuid) && Store.Calls.TryGetValue(uuid, out var call)
            && call.OwnerUuid == Caller)
            return call;
        error = SimResults.NotFound(Context, $"Call not found: '{callId}'.");
        return null;
    }

    /// <summary>The given call, or when no id is given the caller's only answered call (commands with an optional callId).</summary>
    public CallRecord? OwnOrOnlyActiveCall(string? callId, out IResult? error)
    {
        if (!string.IsNullOrWhiteSpace(callId)) return OwnCall(callId, out error);
        var active = Store.CallsOf(Caller).Where(c => c.IsActive).ToList();
        error = active.Count == 1 ? null : Bad(active.Count == 0 ? "The user has no connected call." : "The user has more than one call: give callId.");
        return active.Count == 1 ? active[0] : null;
    }

    /// <summary>
    /// Finds what a destination names: a person of the organisation (extension, preferably in the caller's location;
    /// phone number with or without +1; email; tel: and sip: prefixes) or an external number. Null: not dialable.
    /// </summary>
    public (PersonRecord? Person, string? External) Resolve(string destination)
    {
        string d = destination.Trim();
        foreach (var prefix in new[] { "tel:", "sip:" })
            if (d.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) d = d[prefix.Length..];
        var people = State.People.Values.Where(p => p.Location is not null).ToList();
        if (d.Contains('@', StringComparison.Ordinal))
        {
            var byEmail = people.Find(p => p.Emails.Contains(d, StringComparer.OrdinalIgnoreCase));
            return (byEmail, null);
        }
        if (d.Length == 0 || !d.All(c => char.IsAsciiDigit(c) || c is '+' or '*' or '#')) return (null, null);
        State.People.TryGetValue(Caller, out var me);
        var byExtension = people.Find(p => p.Extension == d && p.Location == me?.Location) ?? people.Find(p => p.Extension == d);
        if (byExtension is not null) return (byExtension, null);
        string digits = new(d.Where(char.IsAsciiDigit).ToArray());
        var byNumber = people.Find(p => p.PhoneNumbers.Exists(n =>
        {
            string own = new(n.Value.Where(char.IsAsciiDigit).ToArray());
            return own.Length > 0 && (own == digits || own == "1" + digits);
        }));
        if (byNumber is not null) return (byNumber, null);
        return (null, d);
    }

    /// <summary>A person as the other party sees them (location when both are in the same location).</summary>
    public PartyRecord PartyOf(PersonRecord person, Guid viewer)
    {
        State.People.TryGetValue(viewer, out var seenBy);
        bool sameLocation = seenBy?.Location is not null && seenBy.Location == person.Location;
        string? number = person.PhoneNumbers.FirstOrDefault(n => n.Primary)?.Value ?? person.PhoneNumbers.FirstOrDefault()?.Value;
        return new PartyRecord(person.DisplayName, sameLocation ? person.Extension ?? number : number ?? person.Extension,
            person.Uuid, sameLocation ? "location" : "organization");
    }

    public static PartyRecord ExternalParty(string number) => new(null, number, null, "external");

    /// <summary>The party on the owner's side of a half (for the half at the other end).</summary>
    public PartyRecord OwnerParty(CallRecord half, Guid viewer) => PartyOf(half.OwnerUuid, viewer);

    /// <summary>A person by UUID as <paramref name="viewer"/> sees them; a bare party when the person was deleted meanwhile.</summary>
    public PartyRecord PartyOf(Guid person, Guid viewer) =>
        State.People.TryGetValue(person, out var record) ? PartyOf(record, viewer) : new PartyRecord(null, null, person, "organization");

    public string NewSessionId() =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(State.NewGuid().ToString("D"))).TrimEnd('=');

    /// <summary>Adds a call half (and announces it: webhook event created), redirected to its owner when a redirection is given.</summary>
    public CallRecord NewCall(Guid owner, string sessionId, string personality, string phase, PartyRecord remote, string eventType,
        (string Reason, PartyRecord Party)? redirection = null)
    {
        var call = new CallRecord(State.NewGuid(), owner, sessionId, personality, Now, Store.NextAppearance(owner))
        {
            Remote = remote,
            HistoryParty = remote,
            Phase = phase,
        };
        if (redirection is { } redirected) call.Redirections.Add(redirected);
        if (phase == CallRecord.Connected) call.Answered = Now;
        Store.Calls.Add(call.Uuid, call);
        Changed(call, "created", eventType);
        return call;
    }

    public static void Link(CallRecord a, CallRecord b)
    {
        a.Peer = b;
        b.Peer = a;
    }

    /// <summary>Publishes the current state of a half as a telephony_calls event.</summary>
    public void Changed(CallRecord call, string webhookEvent, string eventType)
    {
        var data = call.ToJson("callId");
        data["eventType"] = eventType;
        data["eventTimestamp"] = PersonRecord.Timestamp(Now);
        WebhookEvents.Publish(State, "telephony_calls", webhookEvent, call.OwnerUuid, Caller, data);
    }

    /// <summary>
    /// Ends a half: removes it from the active calls, unlinks it from its peer, records history (placed, received or
    /// missed) unless <paramref name="history"/> is false, and announces it (webhook event deleted).
    /// </summary>
    public void End(CallRecord call, bool history = true)
    {
        Store.Calls.Remove(call.Uuid);
        if (call.Peer is { } peer && peer.Peer == call) peer.Peer = null;
        call.Peer = null;
        foreach (var parked in Store.Parked.Where(p => p.Value == call).Select(p => p.Key).ToList()) Store.Parked.Remove(parked);
        if (history)
        {
            var party = call.HistoryParty ?? call.Remote;
            var record = call.Personality == Originator ? new CallHistoryRecord("placed", party, call.Created)
                : call.Answered is { } answered ? new CallHistoryRecord("received", party, answered)
                : new CallHistoryRecord("missed", party, Now);
            Store.AddHistory(call.OwnerUuid, record);
        }
        call.OnHold = false;
        call.Phase = CallRecord.Disconnected;
        call.DisconnectedAt = Now;
        Changed(call, "deleted", "disconnected");
    }

    /// <summary>
    /// Sends the party at <paramref name="waiting"/> (the far end of a call the caller gives away) to a new
    /// destination: a person gets a new alerting call (with a redirection by <paramref name="redirectedBy"/>), an
    /// external number connects at once. Returns the destination's new half (null for an external number).
    /// </summary>
    public CallRecord? Redirect(CallRecord waiting, PersonRecord? person, string? external, string reason, Guid redirectedBy)
    {
        if (person is not null)
        {
            var target = NewCall(person.Uuid, waiting.SessionId, Terminator, CallRecord.Alerting, OwnerParty(waiting, person.Uuid),
                "received", (reason, PartyOf(redirectedBy, person.Uuid)));
            Link(waiting, target);
            waiting.Remote = PartyOf(person, waiting.OwnerUuid);
            waiting.Phase = CallRecord.Connecting;
            waiting.Parked = false;
            Changed(waiting, "updated", "forwarded");
            return target;
        }
        waiting.Peer = null;
        waiting.Remote = ExternalParty(external!);
        waiting.Phase = CallRecord.Connected;
        waiting.Answered ??= Now;
        waiting.Parked = false;
        Changed(waiting, "updated", "forwarded");
        return null;
    }

    /// <summary>
    /// Hands the external party of <paramref name="call"/> (a call without a peer in the organisation) to a new
    /// destination: a person gets a new alerting call from that party (with a redirection by
    /// <paramref name="redirectedBy"/>); another external number leaves nothing in the organisation. The caller's own
    /// half is ended by the caller of this method. Returns the destination's new half (null for an external number).
    /// </summary>
    public CallRecord? RedirectExternal(CallRecord call, PersonRecord? person, string reason, Guid redirectedBy)
    {
        // the redirection is set before the created event, as for a party of the organisation
        return person is null ? null
            : NewCall(person.Uuid, call.SessionId, Terminator, CallRecord.Alerting, call.Remote, "received", (reason, PartyOf(redirectedBy, person.Uuid)));
    }

    /// <summary>Leaves a voicemail message from <paramref name="from"/> in a person's mailbox (a divert to voicemail).</summary>
    public VoiceMessageRecord LeaveVoiceMessage(Guid mailboxOwner, PartyRecord from)
    {
        var message = new VoiceMessageRecord(State.NewGuid(), from, Now)
        {
            Duration = 5 + State.Random.Next(56),
        };
        State.Area<VoiceMessageStore>().MailboxOf(mailboxOwner).Add(message);
        return message;
    }
}
