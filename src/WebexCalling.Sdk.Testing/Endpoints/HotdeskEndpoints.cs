using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// Hot desk sessions (the official device reference, /hotdesk/sessions; not in the 2026 calling reference): people
/// signed in to a workspace's device for a booking. The list filters by person and workspace (both: AND); a delete ends
/// a session. Sessions start only from the demo seeding: nothing in the API creates one.
/// </summary>
internal static class HotdeskEndpoints
{
    internal const string IdKind = "HDSESSION";

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapGet("/hotdesk/sessions", (HttpContext context) => List(context, state));
        app.MapDelete("/hotdesk/sessions/{sessionId}", (HttpContext context, string sessionId) => Delete(context, state, sessionId));
    }

    /// <summary>Two bookings of the day after the seed epoch: the third person of the first location and the second of the last, each at a hot desk workspace.</summary>
    public static void SeedDemoOrg(SimulatorState state, DemoOrgContext demo)
    {
        if (demo.Locations.Count == 0) return;
        lock (state.Sync)
        {
            var store = state.Area<HotdeskStore>();
            var guests = new[] { demo.People.Where(p => p.Location == demo.Locations[0]).Skip(2).FirstOrDefault(),
                                 demo.People.Where(p => p.Location == demo.Locations[^1]).Skip(1).FirstOrDefault() };
            var day = SimulatorState.SeedEpoch.Date.AddDays(1);
            for (int i = 0; i < guests.Length; i++)
            {
                if (guests[i] is not { } person) continue;
                var start = new DateTimeOffset(day.AddHours(8 + i), TimeSpan.Zero);
                store.Sessions.Add(new JsonObject
                {
                    ["sessionId"] = WebexIds.Encode(IdKind, state.NewGuid()),
                    ["workspaceId"] = WebexIds.Encode("PLACE", state.NewGuid()),
                    ["personId"] = person.Id,
                    ["bookingStartTime"] = Timestamp(start),
                    ["bookingEndTime"] = Timestamp(start.AddHours(8)),
                });
            }
        }
    }

    private static string Timestamp(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static IResult List(HttpContext context, SimulatorState state)
    {
        string? personId = context.Request.Query["personId"], workspaceId = context.Request.Query["workspaceId"];
        lock (state.Sync)
        {
            if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
            var sessions = state.Area<HotdeskStore>().Sessions
                .Where(s => (string.IsNullOrEmpty(personId) || JsonBody.String(s, "personId") == personId)
                            && (string.IsNullOrEmpty(workspaceId) || JsonBody.String(s, "workspaceId") == workspaceId))
                .Select(s => (JsonNode)s.DeepClone());
            return SimResults.Json(new JsonObject { ["items"] = new JsonArray(sessions.ToArray()) });
        }
    }

    private static IResult Delete(HttpContext context, SimulatorState state, string sessionId)
    {
        lock (state.Sync)
        {
            int removed = state.Area<HotdeskStore>().Sessions.RemoveAll(s => JsonBody.String(s, "sessionId") == sessionId);
            return removed == 0 ? SimResults.NotFound(context, "Session not found.") : SimResults.NoContent();
        }
    }
}

/// <summary>The hot desk sessions of the organisation, as the list answers them.</summary>
internal sealed class HotdeskStore
{
    public List<JsonObject> Sessions { get; } = [];
}
