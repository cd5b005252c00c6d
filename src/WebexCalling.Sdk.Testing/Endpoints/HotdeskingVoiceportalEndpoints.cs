using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// Hot desking sign-in via the voice portal (openapi-2026/features-hot-desking-sign-in-via-voice-portal.yml): one flag
/// per location and one per person (as a hot desking guest), off until turned on.
/// </summary>
internal static class HotdeskingVoiceportalEndpoints
{
    private const string Field = "voicePortalHotDeskSignInEnabled";

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        const string Location = "/telephony/config/locations/{locationId}/features/hotDesking";
        const string Person = "/telephony/config/people/{personId}/features/hotDesking/guest";
        app.MapGet(Location, (HttpContext context, string locationId) =>
        {
            lock (state.Sync)
                return LocationsEndpoints.ResolveInOrg(context, state, locationId, out var error) is { } location
                    ? Answer(state.Area<HotdeskingVoiceportalStore>().Locations.Contains(location.Uuid))
                    : error!;
        });
        app.MapPut(Location, async (HttpContext context, string locationId) =>
        {
            var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
            lock (state.Sync)
            {
                if (LocationsEndpoints.ResolveInOrg(context, state, locationId, out var error) is not { } location) return error!;
                return body is null ? bodyError! : Set(context, body, state.Area<HotdeskingVoiceportalStore>().Locations, location.Uuid);
            }
        });
        app.MapGet(Person, (HttpContext context, string personId) =>
        {
            lock (state.Sync)
                return ResolvePerson(context, state, personId, out var error) is { } person
                    ? Answer(state.Area<HotdeskingVoiceportalStore>().People.Contains(person.Uuid))
                    : error!;
        });
        app.MapPut(Person, async (HttpContext context, string personId) =>
        {
            var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
            lock (state.Sync)
            {
                if (ResolvePerson(context, state, personId, out var error) is not { } person) return error!;
                return body is null ? bodyError! : Set(context, body, state.Area<HotdeskingVoiceportalStore>().People, person.Uuid);
            }
        });
    }

    /// <summary>The demo organisation: sign-in via the voice portal is on in the first location and for its people.</summary>
    public static void SeedDemoOrg(SimulatorState state, DemoOrgContext demo)
    {
        if (demo.Locations.Count == 0) return;
        lock (state.Sync)
        {
            var store = state.Area<HotdeskingVoiceportalStore>();
            store.Locations.Add(demo.Locations[0].Uuid);
            foreach (var person in demo.People.Where(p => p.Location == demo.Locations[0])) store.People.Add(person.Uuid);
        }
    }

    private static IResult Answer(bool enabled) => SimResults.Json(new JsonObject { [Field] = enabled });

    /// <summary>A partial update: the flag when the body has it (a boolean, else 400), nothing otherwise.</summary>
    private static IResult Set(HttpContext context, JsonObject body, HashSet<Guid> enabled, Guid id)
    {
        if (!body.ContainsKey(Field)) return SimResults.NoContent();
        if (body[Field] is not JsonValue value || value.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
            return SimResults.BadRequest(context, $"Invalid value for field '{Field}'.");
        if (value.GetValue<bool>()) enabled.Add(id);
        else enabled.Remove(id);
        return SimResults.NoContent();
    }

    private static PersonRecord? ResolvePerson(HttpContext context, SimulatorState state, string personId, out IResult? error)
    {
        error = LocationsEndpoints.CheckOrg(context, state);
        return error is null ? PeopleEndpoints.Resolve(context, state, personId, out error) : null;
    }
}

/// <summary>The locations and people for which hot desking sign-in via the voice portal is on.</summary>
internal sealed class HotdeskingVoiceportalStore
{
    public HashSet<Guid> Locations { get; } = [];

    public HashSet<Guid> People { get; } = [];
}
