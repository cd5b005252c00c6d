using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// /telephony/calls/members/{memberId} (the "by Member ID" operations of Call Controls): dial, answer, hangup, the
/// member's active calls and one call's details, for an administrator or Service App acting for the member. They run
/// the same call state machine as /telephony/calls (<see cref="CallsEndpoints"/>) with the member as the caller. The
/// simulator's members are people: another id answers 404, as does an <c>orgId</c> other than the organisation's.
/// </summary>
internal static class CallControlsMembersEndpoints
{
    private const string Members = "/telephony/calls/members/{memberId}";

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapGet(Members + "/calls", (HttpContext context, string memberId) =>
            Read(context, state, memberId, CallsEndpoints.ListCalls));
        app.MapGet(Members + "/calls/{callId}", (HttpContext context, string memberId, string callId) =>
            Read(context, state, memberId, c => CallsEndpoints.Details(c, callId)));
        Command(app, state, "dial", CallsEndpoints.Dial);
        Command(app, state, "answer", CallsEndpoints.Answer);
        Command(app, state, "hangup", CallsEndpoints.Hangup);
    }

    private static void Command(IEndpointRouteBuilder app, SimulatorState state, string name, Func<CallControl, JsonObject, IResult> op) =>
        app.MapPost($"{Members}/{name}", (Func<HttpContext, string, Task<IResult>>)((context, memberId) => RunAsync(context, state, memberId, op)));

    private static async Task<IResult> RunAsync(HttpContext context, SimulatorState state, string memberId,
        Func<CallControl, JsonObject, IResult> op)
    {
        var (body, error) = await CallsEndpoints.ReadOptionalBodyAsync(context).ConfigureAwait(false);
        if (body is null) return error!;
        lock (state.Sync)
        {
            var member = Member(context, state, memberId, out error);
            return member is null ? error! : op(new CallControl(state, context, member.Uuid), body);
        }
    }

    private static IResult Read(HttpContext context, SimulatorState state, string memberId, Func<CallControl, IResult> op)
    {
        lock (state.Sync)
        {
            var member = Member(context, state, memberId, out var error);
            return member is null ? error! : op(new CallControl(state, context, member.Uuid));
        }
    }

    /// <summary>The member the path names (a person of the organisation); 404 for another organisation or an unknown id.</summary>
    private static PersonRecord? Member(HttpContext context, SimulatorState state, string memberId, out IResult? error)
    {
        error = null;
        string? orgId = context.Request.Query["orgId"];
        if (orgId is not null && orgId != state.OrgId)
        {
            error = SimResults.NotFound(context, "Organization not found.");
            return null;
        }
        if (WebexIds.TryDecode(memberId, WebexIds.People, out var uuid) && state.People.TryGetValue(uuid, out var person)) return person;
        error = SimResults.NotFound(context, $"Member not found: '{memberId}'.");
        return null;
    }
}
