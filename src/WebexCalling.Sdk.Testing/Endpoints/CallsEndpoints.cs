using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// /telephony/calls (Call Controls of the Webex Calling reference) for the token's owner, and
/// /telephony/externalVoicemail/mwi. A command on a call whose state does not allow it answers 400 with Webex's
/// error body; an unknown call id 404. The state machine itself is <see cref="CallControl"/>.
/// </summary>
internal static class CallsEndpoints
{
    private static readonly string[] RejectActions = ["busy", "temporarilyUnavailable", "ignore"];

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapGet("/telephony/calls", (HttpContext context) => Read(context, state, ListCalls));
        app.MapGet("/telephony/calls/history", (HttpContext context) => Read(context, state, History));
        app.MapGet("/telephony/calls/{callId}", (HttpContext context, string callId) => Read(context, state, c => Details(c, callId)));
        Command(app, state, "dial", Dial);
        Command(app, state, "answer", Answer);
        Command(app, state, "reject", Reject);
        Command(app, state, "hangup", Hangup);
        Command(app, state, "hold", Hold);
        Command(app, state, "resume", Resume);
        Command(app, state, "divert", Divert);
        Command(app, state, "transfer", Transfer);
        Command(app, state, "park", Park);
        Command(app, state, "retrieve", Retrieve);
        Command(app, state, "startRecording", (c, b) => Recording(c, b, ["", "stopped", "failed"], "started"));
        Command(app, state, "stopRecording", (c, b) => Recording(c, b, ["started", "paused"], "stopped"));
        Command(app, state, "pauseRecording", (c, b) => Recording(c, b, ["started"], "paused"));
        Command(app, state, "resumeRecording", (c, b) => Recording(c, b, ["paused"], "started"));
        Command(app, state, "transmitDtmf", TransmitDtmf);
        Command(app, state, "push", Push);
        Command(app, state, "pickup", Pickup);
        Command(app, state, "bargeIn", BargeIn);
        Command(app, state, "mute", (c, b) => Mute(c, b, true));
        Command(app, state, "unmute", (c, b) => Mute(c, b, false));
        Command(app, state, "pull", Pull);
        app.MapPost("/telephony/externalVoicemail/mwi", (Func<HttpContext, Task<IResult>>)(context => ExternalMwiAsync(context, state)));
    }

    private static void Command(IEndpointRouteBuilder app, SimulatorState state, string name, Func<CallControl, JsonObject, IResult> op) =>
        app.MapPost("/telephony/calls/" + name, (Func<HttpContext, Task<IResult>>)(context => RunAsync(context, state, op)));

    private static async Task<IResult> RunAsync(HttpContext context, SimulatorState state, Func<CallControl, JsonObject, IResult> op)
    {
        var (body, error) = await ReadOptionalBodyAsync(context).ConfigureAwait(false);
        if (body is null) return error!;
        lock (state.Sync) return op(new CallControl(state, context), body);
    }

    /// <summary>The JSON body, or an empty object when the request has none (commands whose fields are all optional).</summary>
    internal static async Task<(JsonObject? Body, IResult? Error)> ReadOptionalBodyAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        string text = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text)) return ([], null);
        try
        {
            return JsonNode.Parse(text) is JsonObject body
                ? (body, null)
                : (null, SimResults.BadRequest(context, "The request body must be a JSON object."));
        }
        catch (System.Text.Json.JsonException e)
        {
            return (null, SimResults.BadRequest(context, "The request body is not valid JSON: " + e.Message));
        }
    }

    private static IResult Read(HttpContext context, SimulatorState state, Func<CallControl, IResult> op)
    {
        lock (state.Sync) return op(new CallControl(state, context));
    }

    private static IResult CallInfo(CallRecord call, int status = StatusCodes.Status201Created) =>
        SimResults.Json(new JsonObject { ["callId"] = call.Id, ["callSessionId"] = call.SessionId }, status);

    internal static IResult ListCalls(CallControl c) =>
        SimResults.Json(new JsonObject
        {
            ["items"] = new JsonArray(c.Store.CallsOf(c.Caller).OrderBy(x => x.Appearance).Select(x => (JsonNode)x.ToJson()).ToArray()),
        });

    internal static IResult Details(CallControl c, string callId)
    {
        var call = c.OwnCall(callId, out var error);
        return call is null ? error! : SimResults.Json(call.ToJson());
    }

    private static IResult History(CallControl c)
    {
        string? type = c.Context.Request.Query["type"];
        if (type is not (null or "placed" or "missed" or "received"))
            return c.Bad($"Invalid value for parameter 'type': '{type}'; one of placed, missed, received.");
        var records = c.Store.History.GetValueOrDefault(c.Caller) ?? [];
        var items = records.Where(r => type is null || r.Type == type).Reverse().Select(r => (JsonNode)r.ToJson()).ToArray();
        return SimResults.Json(new JsonObject { ["items"] = new JsonArray(items) });
    }

    internal static IResult Dial(CallControl c, JsonObject body)
    {
        var me = c.CallingCaller(out var error);
        if (me is null) return error!;
        string? destination = JsonBody.String(body, "destination");
        if (string.IsNullOrWhiteSpace(destination)) return c.Bad("Missing required field(s): destination.");
        var (person, external) = c.Resolve(destination);
        if (person is null && external is null) return c.Bad($"Invalid destination: '{destination}'.");
        if (person == me) return c.Bad("The destination is the user's own line.");
        string session = c.NewSessionId();
        if (person is null)
        {
            // an external number: the far end answers at once
            var outgoing = c.NewCall(me.Uuid, session, CallControl.Originator, CallRecord.Connecting, CallControl.ExternalParty(external!), "originated");
            outgoing.Phase = CallRecord.Connected;
            outgoing.Answered = c.Now;
            c.Changed(outgoing, "updated", "connected");
            return CallInfo(outgoing);
        }
        var caller = c.NewCall(me.Uuid, session, CallControl.Originator, CallRecord.Connecting, c.PartyOf(person, me.Uuid), "originated");
        var callee = c.NewCall(person.Uuid, session, CallControl.Terminator, CallRecord.Alerting, c.PartyOf(me, person.Uuid), "received");
        CallControl.Link(caller, callee);
        return CallInfo(caller);
    }

    internal static IResult Answer(CallControl c, JsonObject body)
    {
        var call = c.OwnCall(JsonBody.String(body, "callId"), out var error);
        if (call is null) return error!;
        if (call.Phase != CallRecord.Alerting) return c.Bad($"The call cannot be answered in state {call.State}: only an alerting call can.");
        call.Phase = CallRecord.Connected;
        call.Answered = c.Now;
        c.Changed(call, "updated", "answered");
        if (call.Peer is { } peer)
        {
            peer.Phase = CallRecord.Connected;
            peer.Answered ??= c.Now;
            c.Changed(peer, "updated", "connected");
        }
        return SimResults.NoContent();
    }

    private static IResult Reject(CallControl c, JsonObject body)
    {
        var call = c.OwnCall(JsonBody.String(body, "callId"), out var error);
        if (call is null) return error!;
        string action = JsonBody.String(body, "action") ?? "busy";
        if (!RejectActions.Contains(action)) return c.Bad($"Invalid action: '{action}'; one of busy, temporarilyUnavailable, ignore.");
        if (call.Phase != CallRecord.Alerting || call.Personality != CallControl.Terminator)
            return c.Bad($"The call cannot be rejected in state {call.State}: only an alerting incoming call can.");
        var peer = call.Peer;
        c.End(call);
        // ignore: the caller keeps hearing ringback until they hang up
        if (peer is not null && action != "ignore") c.End(peer);
        return SimResults.NoContent();
    }

    internal static IResult Hangup(CallControl c, JsonObject body)
    {
        var call = c.OwnCall(JsonBody.String(body, "callId"), out var error);
        if (call is null) return error!;
        var peer = call.Peer;
        c.End(call);
        if (peer is not null) c.End(peer);
        return SimResults.NoContent();
    }

    private static IResult Hold(CallControl c, JsonObject body)
    {
        var call = c.OwnCall(JsonBody.String(body, "callId"), out var error);
        if (call is null) return error!;
        if (!call.IsActive || call.OnHold) return c.Bad($"The call cannot be held in state {call.State}: only a connected call can.");
        call.OnHold = true;
        c.Changed(call, "updated", "held");
        if (call.Peer is { } peer) c.Changed(peer, "updated", "remoteHeld");
        return SimResults.NoContent();
    }

    private static IResult Resume(CallControl c, JsonObject body)
    {
        var call = c.OwnCall(JsonBody.String(body, "callId"), out var error);
        if (call is null) return error!;
        if (!call.OnHold) return c.Bad($"The call cannot be resumed in state {call.State}: only a held call can.");
        call.OnHold = false;
        c.Changed(call, "updated", "resumed");
        if (call.Peer is { } peer) c.Changed(peer, "updated", "remoteResumed");
        return SimResults.NoContent();
    }

    private static IResult Divert(CallControl c, JsonObject body)
    {
        var call = c.OwnCall(JsonBody.String(body, "callId"), out var error);
        if (call is null) return error!;
        string? destination = JsonBody.String(body, "destination");
        bool toVoicemail = JsonBody.Bool(body, "toVoicemail") == true;
        if (!toVoicemail && string.IsNullOrWhiteSpace(destination))
            return c.Bad("Missing required field(s): destination (required unless toVoicemail is true).");
        if (call.Phase is not (CallRecord.Alerting or CallRecord.Connected))
            return c.Bad($"The call cannot be diverted in state {call.State}.");
        var peer = call.Peer;
        PersonRecord? person = null;
        string? external = null;
        if (!string.IsNullOrWhiteSpace(destination))
        {
            (person, external) = c.Resolve(destination);
            if (person is null && external is null) return c.Bad($"Invalid destination: '{destination}'.");
            if (toVoicemail && person is null) return c.Bad($"The destination has no voicemail in this organisation: '{destination}'.");
            if (person is not null && person.Uuid == peer?.OwnerUuid) return c.Bad("The call cannot be diverted to its own caller.");
        }
        if (toVoicemail)
        {
            c.LeaveVoiceMessage(person?.Uuid ?? c.Caller, call.Remote);
            c.End(call);
            if (peer is not null) c.End(peer);
            return SimResults.NoContent();
        }
        c.End(call);
        // the other party is in the organisation (its half is redirected) or external (it reaches the destination)
        if (peer is not null) c.Redirect(peer, person, external, "divert", c.Caller);
        else c.RedirectExternal(call, person, "divert", c.Caller);
        return SimResults.NoContent();
    }

    private static IResult Transfer(CallControl c, JsonObject body)
    {
        string? id1 = JsonBody.String(body, "callId1");
        string? id2 = JsonBody.String(body, "callId2");
        string? destination = JsonBody.String(body, "destination");
        if (!string.IsNullOrWhiteSpace(destination))
        {
            // mute transfer: the far end of callId1 goes to the destination
            if (!string.IsNullOrWhiteSpace(id2)) return c.Bad("Give either callId2 or destination, not both.");
            var call = c.OwnCall(id1, out var error, "callId1");
            if (call is null) return error!;
            if (!call.IsActive) return c.Bad($"The call cannot be transferred in state {call.State}: unanswered calls can be diverted instead.");
            var peer = call.Peer;
            var (person, external) = c.Resolve(destination);
            if (person is null && external is null) return c.Bad($"Invalid destination: '{destination}'.");
            if (person is not null && (person.Uuid == peer?.OwnerUuid || person.Uuid == c.Caller))
                return c.Bad("The call cannot be transferred to one of its own parties.");
            c.End(call);
            if (peer is null)
            {
                // an external party: it reaches the destination (a person's new call), or leaves the organisation
                var reached = c.RedirectExternal(call, person, "unknown", c.Caller);
                return reached is null ? SimResults.NoContent() : CallInfo(reached);
            }
            var target = c.Redirect(peer, person, external, "unknown", c.Caller);
            return CallInfo(target ?? peer);
        }
        CallRecord? first;
        CallRecord? second;
        if (string.IsNullOrWhiteSpace(id1) && string.IsNullOrWhiteSpace(id2))
        {
            var mine = c.Store.CallsOf(c.Caller).ToList();
            if (mine.Count != 2) return c.Bad("callId1 and callId2 are required unless the user has exactly two calls.");
            (first, second) = (mine[0], mine[1]);
        }
        else
        {
            first = c.OwnCall(id1, out var error1, "callId1");
            if (first is null) return error1!;
            second = c.OwnCall(id2, out var error2, "callId2");
            if (second is null) return error2!;
            if (first == second) return c.Bad("callId1 and callId2 must be two different calls.");
        }
        if (!first.IsActive || !second.IsActive)
            return c.Bad("Both calls must be answered (connected or held) to be transferred together.");
        var (p1, p2) = (first.Peer, second.Peer);
        var (remote1, remote2) = (first.Remote, second.Remote);
        c.End(first);
        c.End(second);
        Join(c, p1, p2, remote2);
        Join(c, p2, p1, remote1);
        if (p1 is not null && p2 is not null) CallControl.Link(p1, p2);
        return SimResults.NoContent();
    }

    /// <summary>Connects <paramref name="half"/> (if any) to the other transferred party.</summary>
    private static void Join(CallControl c, CallRecord? half, CallRecord? other, PartyRecord otherExternal)
    {
        if (half is null) return;
        half.Remote = other is null ? otherExternal : c.OwnerParty(other, half.OwnerUuid);
        half.Phase = CallRecord.Connected;
        half.Answered ??= c.Now;
        half.Parked = false;
        c.Changed(half, "updated", "transferred");
    }

    private static IResult Park(CallControl c, JsonObject body)
    {
        var call = c.OwnCall(JsonBody.String(body, "callId"), out var error);
        if (call is null) return error!;
        if (!call.IsActive) return c.Bad($"The call cannot be parked in state {call.State}: only a connected call can.");
        var peer = call.Peer;
        if (peer is null) return c.Bad("The call has no other party in the organisation to park.");
        var against = c.CallingCaller(out var callerError);
        if (against is null) return callerError!;
        string? destination = JsonBody.String(body, "destination");
        if (JsonBody.Bool(body, "isGroupPark") != true && !string.IsNullOrWhiteSpace(destination))
        {
            var (person, _) = c.Resolve(destination);
            if (person is null) return c.Bad($"Calls can only be parked against a user of the organisation: '{destination}'.");
            against = person;
        }
        if (c.Store.Parked.ContainsKey(against.Uuid)) return c.Bad($"A call is already parked against {against.DisplayName}.");
        c.End(call);
        peer.Parked = true;
        c.Store.Parked[against.Uuid] = peer;
        c.Changed(peer, "updated", "remoteHeld");
        return SimResults.Json(new JsonObject { ["parkedAgainst"] = c.PartyOf(against, c.Caller).ToJson() });
    }

    private static IResult Retrieve(CallControl c, JsonObject body)
    {
        var me = c.CallingCaller(out var error);
        if (me is null) return error!;
        var against = me;
        string? destination = JsonBody.String(body, "destination");
        if (!string.IsNullOrWhiteSpace(destination))
        {
            var (person, _) = c.Resolve(destination);
            if (person is null) return c.Bad($"No call can be parked against '{destination}'.");
            against = person;
        }
        if (!c.Store.Parked.Remove(against.Uuid, out var parked)) return c.Bad($"No call is parked against {against.DisplayName}.");
        parked.Parked = false;
        var call = c.NewCall(me.Uuid, parked.SessionId, CallControl.Originator, CallRecord.Connected, c.OwnerParty(parked, me.Uuid), "originated");
        CallControl.Link(call, parked);
        parked.Remote = c.PartyOf(me, parked.OwnerUuid);
        c.Changed(parked, "updated", "connected");
        return CallInfo(call);
    }

    private static IResult Recording(CallControl c, JsonObject body, string[] from, string to)
    {
        var call = c.OwnOrOnlyActiveCall(JsonBody.String(body, "callId"), out var error);
        if (call is null) return error!;
        if (!call.IsActive || !from.Contains(call.RecordingState ?? ""))
            return c.Bad($"The recording cannot become {to}: the call is {call.State}, recording {call.RecordingState ?? "not invoked"}.");
        call.RecordingState = to;
        c.Changed(call, "updated", "recording");
        return SimResults.NoContent();
    }

    private static IResult TransmitDtmf(CallControl c, JsonObject body)
    {
        var call = c.OwnOrOnlyActiveCall(JsonBody.String(body, "callId"), out var error);
        if (call is null) return error!;
        string? dtmf = JsonBody.String(body, "dtmf");
        if (string.IsNullOrEmpty(dtmf)) return c.Bad("Missing required field(s): dtmf.");
        if (!dtmf.All(ch => char.IsAsciiDigit(ch) || ch is '*' or '#' or 'A' or 'B' or 'C' or 'D' or ','))
            return c.Bad($"Invalid DTMF digits: '{dtmf}'; allowed are 0-9, *, #, A-D and ','.");
        if (!call.IsActive) return c.Bad($"DTMF cannot be sent in state {call.State}: only on a connected call.");
        return SimResults.NoContent();
    }

    private static IResult Push(CallControl c, JsonObject body)
    {
        var call = c.OwnOrOnlyActiveCall(JsonBody.String(body, "callId"), out var error);
        if (call is null) return error!;
        return call.IsActive ? SimResults.NoContent() : c.Bad($"The call cannot be pushed in state {call.State}.");
    }

    private static IResult Pickup(CallControl c, JsonObject body)
    {
        var me = c.CallingCaller(out var error);
        if (me is null) return error!;
        string? target = JsonBody.String(body, "target");
        IEnumerable<CallRecord> candidates = c.Store.Calls.Values.Where(x => x.Phase == CallRecord.Alerting && x.OwnerUuid != me.Uuid);
        if (!string.IsNullOrWhiteSpace(target))
        {
            var (person, _) = c.Resolve(target);
            if (person is null) return c.Bad($"Invalid target: '{target}'.");
            candidates = candidates.Where(x => x.OwnerUuid == person.Uuid);
        }
        else
        {
            // no call pickup groups in the simulator: the user's location stands for the group
            candidates = candidates.Where(x => c.State.People.GetValueOrDefault(x.OwnerUuid)?.Location == me.Location);
        }
        var ringing = candidates.FirstOrDefault();
        if (ringing is null) return c.Bad("There is no alerting call to pick up.");
        var peer = ringing.Peer;
        var remote = ringing.Remote;
        c.End(ringing, history: false);
        var call = c.NewCall(me.Uuid, ringing.SessionId, CallControl.Terminator, CallRecord.Connected, remote, "answered");
        if (peer is not null)
        {
            CallControl.Link(call, peer);
            peer.Remote = c.PartyOf(me, peer.OwnerUuid);
            peer.Phase = CallRecord.Connected;
            peer.Answered ??= c.Now;
            c.Changed(peer, "updated", "connected");
        }
        return CallInfo(call);
    }

    private static IResult BargeIn(CallControl c, JsonObject body)
    {
        var me = c.CallingCaller(out var error);
        if (me is null) return error!;
        string? target = JsonBody.String(body, "target");
        if (string.IsNullOrWhiteSpace(target)) return c.Bad("Missing required field(s): target.");
        var (person, _) = c.Resolve(target);
        if (person is null || person == me) return c.Bad($"Invalid target: '{target}'.");
        var active = c.Store.CallsOf(person.Uuid).FirstOrDefault(x => x.IsActive);
        if (active is null) return c.Bad($"{person.DisplayName} has no answered call to barge in on.");
        var call = c.NewCall(me.Uuid, active.SessionId, CallControl.Originator, CallRecord.Connected, c.PartyOf(person, me.Uuid), "originated");
        return CallInfo(call);
    }

    private static IResult Mute(CallControl c, JsonObject body, bool mute)
    {
        var call = c.OwnCall(JsonBody.String(body, "callId"), out var error);
        if (call is null) return error!;
        if (!call.IsActive) return c.Bad($"The call cannot be {(mute ? "muted" : "unmuted")} in state {call.State}: it is not mute capable.");
        call.Muted = mute;
        c.Changed(call, "updated", mute ? "muted" : "unmuted");
        return SimResults.NoContent();
    }

    private static IResult Pull(CallControl c, JsonObject body)
    {
        _ = body;
        var call = c.Store.CallsOf(c.Caller).FirstOrDefault(x => x.IsActive);
        return call is null ? c.Bad("The user has no connected call to pull.") : CallInfo(call);
    }

    private static async Task<IResult> ExternalMwiAsync(HttpContext context, SimulatorState state)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null) return bodyError!;
        string? id = context.Request.Query["id"];
        string? orgId = context.Request.Query["orgId"];
        string? action = JsonBody.String(body, "action");
        if (string.IsNullOrWhiteSpace(id)) return SimResults.BadRequest(context, "Missing required query parameter: id.");
        if (action is not ("SET" or "CLEAR")) return SimResults.BadRequest(context, $"Invalid action: '{action}'; SET or CLEAR.");
        lock (state.Sync)
        {
            if (orgId is not null && orgId != state.OrgId) return SimResults.NotFound(context, "Organization not found.");
            var person = PeopleEndpoints.Resolve(context, state, id, out var error);
            if (person is null) return error!;
            state.Area<CallStore>().ExternalMwi[person.Uuid] = action == "SET";
        }
        return SimResults.NoContent();
    }
}
