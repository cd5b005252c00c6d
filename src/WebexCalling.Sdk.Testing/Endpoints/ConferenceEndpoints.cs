using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// /telephony/conference (Conference Controls) for the token's owner, on top of the call state of
/// <see cref="CallsEndpoints"/>: a conference joins two or more of the owner's answered calls (held ones are resumed);
/// its participants are those calls. Details answer <c>{}</c> when there is no conference; a command that needs one
/// answers 400 without, as does a call that is not (or already) a participant; an unknown call 404. A participant
/// whose call ends leaves the conference; with fewer than two left the conference ends and the remaining call goes
/// on as a plain call. Release ends every participant's call.
/// </summary>
internal static class ConferenceEndpoints
{
    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapGet("/telephony/conference", (HttpContext context) => Read(context, state));
        app.MapDelete("/telephony/conference", (HttpContext context) => Run(context, state, [], Release));
        Command(app, state, "", Start);
        Command(app, state, "/addParticipant", AddParticipant);
        Command(app, state, "/mute", (c, conference, body) => Flag(c, conference, body, p => p.Muted = true, h => h.HostMuted = true, optional: true));
        Command(app, state, "/unmute", (c, conference, body) => Flag(c, conference, body, p => p.Muted = false, h => h.HostMuted = false, optional: true));
        Command(app, state, "/deafen", (c, conference, body) => Flag(c, conference, body, p => p.Deafened = true, null, optional: false));
        Command(app, state, "/undeafen", (c, conference, body) => Flag(c, conference, body, p => p.Deafened = false, null, optional: false));
        Command(app, state, "/hold", (c, conference, _) => Hold(c, conference, true));
        Command(app, state, "/resume", (c, conference, _) => Hold(c, conference, false));
    }

    private static void Command(IEndpointRouteBuilder app, SimulatorState state, string path,
        Func<CallControl, ConferenceRecord?, JsonObject, IResult> op) =>
        app.MapPost("/telephony/conference" + path, (Func<HttpContext, Task<IResult>>)(async context =>
        {
            var (body, error) = await CallsEndpoints.ReadOptionalBodyAsync(context).ConfigureAwait(false);
            return body is null ? error! : Run(context, state, body, op);
        }));

    private static IResult Run(HttpContext context, SimulatorState state, JsonObject body,
        Func<CallControl, ConferenceRecord?, JsonObject, IResult> op)
    {
        lock (state.Sync)
        {
            var c = new CallControl(state, context);
            return op(c, Current(c), body);
        }
    }

    /// <summary>The caller's conference without the participants whose calls ended; null when there is none (any more).</summary>
    private static ConferenceRecord? Current(CallControl c)
    {
        var store = c.State.Area<ConferenceStore>();
        if (!store.Conferences.TryGetValue(c.Caller, out var conference)) return null;
        conference.Participants.RemoveAll(p => !c.Store.Calls.ContainsKey(p.Call.Uuid));
        if (conference.Participants.Count >= 2) return conference;
        store.Conferences.Remove(c.Caller);
        return null;
    }

    private static IResult Read(HttpContext context, SimulatorState state)
    {
        lock (state.Sync)
        {
            var conference = Current(new CallControl(state, context));
            if (conference is null) return SimResults.Json(new JsonObject());
            return SimResults.Json(new JsonObject
            {
                ["state"] = conference.Held ? "held" : "connected",
                ["appearance"] = conference.Appearance,
                ["created"] = PersonRecord.Timestamp(conference.Created),
                ["muted"] = conference.HostMuted,
                ["participants"] = new JsonArray(conference.Participants.Select(p => (JsonNode)new JsonObject
                {
                    ["callId"] = p.Call.Id,
                    ["muted"] = p.Muted,
                    ["deafened"] = p.Deafened,
                }).ToArray()),
            });
        }
    }

    private static IResult NoConference(CallControl c) => c.Bad("The user has no conference.");

    private static IResult Start(CallControl c, ConferenceRecord? existing, JsonObject body)
    {
        var me = c.CallingCaller(out var error);
        if (me is null) return error!;
        if (body["callIds"] is not JsonArray) return c.Bad("Missing required field(s): callIds.");
        var ids = JsonBody.Strings(body, "callIds") ?? [];
        if (ids.Count < 2) return c.Bad("A conference needs at least two callIds.");
        if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Count) return c.Bad("The callIds must be different calls.");
        if (existing is not null) return c.Bad("The user already has a conference: add calls to it with addParticipant.");
        var calls = new List<CallRecord>();
        foreach (string id in ids)
        {
            var call = c.OwnCall(id, out error, "callIds");
            if (call is null) return error!;
            if (!call.IsActive) return c.Bad($"The call cannot join a conference in state {call.State}: only an answered call can.");
            calls.Add(call);
        }
        var conference = new ConferenceRecord(me.Uuid, c.Now, c.Store.NextAppearance(me.Uuid));
        foreach (var call in calls) Join(c, conference, call);
        c.State.Area<ConferenceStore>().Conferences[me.Uuid] = conference;
        return SimResults.NoContent();
    }

    /// <summary>Adds a call to the conference, resuming it if the host had held it.</summary>
    private static void Join(CallControl c, ConferenceRecord conference, CallRecord call)
    {
        if (call.OnHold)
        {
            call.OnHold = false;
            c.Changed(call, "updated", "resumed");
            if (call.Peer is { } peer) c.Changed(peer, "updated", "remoteResumed");
        }
        conference.Participants.Add(new ConferenceParticipantRecord(call));
    }

    private static IResult AddParticipant(CallControl c, ConferenceRecord? conference, JsonObject body)
    {
        var call = c.OwnCall(JsonBody.String(body, "callId"), out var error);
        if (call is null) return error!;
        if (conference is null) return NoConference(c);
        if (conference.Participants.Exists(p => p.Call == call)) return c.Bad("The call is a participant of the conference already.");
        if (!call.IsActive) return c.Bad($"The call cannot join a conference in state {call.State}: only an answered call can.");
        Join(c, conference, call);
        return SimResults.NoContent();
    }

    /// <summary>Mute, unmute, deafen, undeafen: of the participant whose call the body names, or of the host (mute and unmute without one).</summary>
    private static IResult Flag(CallControl c, ConferenceRecord? conference, JsonObject body, Action<ConferenceParticipantRecord> participant,
        Action<ConferenceRecord>? host, bool optional)
    {
        string? callId = JsonBody.String(body, "callId");
        if (string.IsNullOrWhiteSpace(callId) && !optional) return c.Bad("Missing required field(s): callId.");
        if (string.IsNullOrWhiteSpace(callId))
        {
            if (conference is null) return NoConference(c);
            host!(conference);
            return SimResults.NoContent();
        }
        var call = c.OwnCall(callId, out var error);
        if (call is null) return error!;
        if (conference is null) return NoConference(c);
        var target = conference.Participants.Find(p => p.Call == call);
        if (target is null) return c.Bad("The call is not a participant of the conference.");
        participant(target);
        return SimResults.NoContent();
    }

    private static IResult Hold(CallControl c, ConferenceRecord? conference, bool hold)
    {
        if (conference is null) return NoConference(c);
        if (conference.Held == hold) return c.Bad(hold ? "The conference is held already." : "The conference is not held.");
        conference.Held = hold;
        return SimResults.NoContent();
    }

    private static IResult Release(CallControl c, ConferenceRecord? conference, JsonObject body)
    {
        _ = body;
        if (conference is null) return NoConference(c);
        c.State.Area<ConferenceStore>().Conferences.Remove(conference.Host);
        foreach (var participant in conference.Participants)
        {
            var peer = participant.Call.Peer;
            c.End(participant.Call);
            if (peer is not null) c.End(peer);
        }
        return SimResults.NoContent();
    }
}
