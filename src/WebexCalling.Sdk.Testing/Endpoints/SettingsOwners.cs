using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.Resources;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// Serves the hand-written person settings routes for every owner kind: each route is mapped at the person's path and
/// at the paths the SDK's descriptions give the same setting for workspaces and virtual lines
/// (<see cref="SimulatorRoutes.OwnerRoutes"/>), with the same handler. The handler's <see cref="Resolve"/> finds the
/// owner of the kind the matched route is for.
/// </summary>
internal static partial class SettingsOwners
{
    /// <summary>The owner kinds served here besides people (locations have their own routes).</summary>
    private static readonly string[] Kinds = ["Workspace", "VirtualLine"];

    private sealed record OwnerKind(string Kind);

    public static void MapGet(IEndpointRouteBuilder app, string personRoute, Delegate handler) =>
        Map(personRoute, route => app.MapGet(route, handler));

    public static void MapPut(IEndpointRouteBuilder app, string personRoute, Delegate handler) =>
        Map(personRoute, route => app.MapPut(route, handler));

    public static void MapPost(IEndpointRouteBuilder app, string personRoute, Delegate handler) =>
        Map(personRoute, route => app.MapPost(route, handler));

    public static void MapDelete(IEndpointRouteBuilder app, string personRoute, Delegate handler) =>
        Map(personRoute, route => app.MapDelete(route, handler));

    private static void Map(string personRoute, Func<string, IEndpointConventionBuilder> map)
    {
        map(personRoute);
        if (!SimulatorRoutes.OwnerRoutes.TryGetValue(Ids().Replace(personRoute, "{}"), out var mirrors)) return;
        // the mirrored route keeps the person route's parameter names, so that the handler binds the same way
        var names = Ids().Matches(personRoute).Select(m => m.Value).ToList();
        foreach (var (kind, template) in mirrors.Where(m => Kinds.Contains(m.Owner)))
        {
            int i = 0;
            map(Ids().Replace(template, _ => names[i++])).WithMetadata(new OwnerKind(kind));
        }
    }

    /// <summary>
    /// The owner of the matched route's kind with the path's id, or null with the error <see cref="Check"/> answers.
    /// Call under the state lock.
    /// </summary>
    public static SettingsOwnerRecord? Resolve(HttpContext context, SimulatorState state, string id, out IResult? error)
    {
        string kind = context.GetEndpoint()?.Metadata.GetMetadata<OwnerKind>()?.Kind ?? "Person";
        error = Check(context, state, kind, id);
        if (error is not null) return null;
        var owners = state.Area<OwnerEntities>();
        return kind switch
        {
            "Workspace" => SettingsOwnerRecord.Of(owners.FindWorkspace(id)!),
            "VirtualLine" => SettingsOwnerRecord.Of(owners.FindVirtualLine(id)!),
            _ => SettingsOwnerRecord.Of(state.FindPerson(id)!),
        };
    }

    /// <summary>
    /// Whether an owner of a kind (<c>Person</c>, <c>Location</c>, <c>Workspace</c>, <c>VirtualLine</c>) exists: null if
    /// so, else a 400 for an id of another kind or a malformed one and a 404 for an unknown one. A workspace without Webex
    /// Calling has no calling settings: a 404 too unless <paramref name="anyWorkspace"/>. Call under the state lock.
    /// </summary>
    public static IResult? Check(HttpContext context, SimulatorState state, string kind, string? id, bool anyWorkspace = false)
    {
        var (idKind, name) = kind switch
        {
            "Person" => (WebexIds.People, "person"),
            "Location" => (WebexIds.Location, "location"),
            "Workspace" => (WebexIds.Workspace, "workspace"),
            "VirtualLine" => (WebexIds.VirtualLine, "virtual line"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown owner kind."),
        };
        if (!WebexIds.TryDecode(id, idKind, out _)) return SimResults.BadRequest(context, $"Invalid {name} id: '{id}'.");
        var owners = state.Area<OwnerEntities>();
        bool exists = kind switch
        {
            "Person" => state.FindPerson(id) is not null,
            "Location" => state.FindLocation(id) is not null,
            "Workspace" => owners.FindWorkspace(id) is { } w && (anyWorkspace || w.WebexCalling),
            _ => owners.FindVirtualLine(id) is not null,
        };
        return exists ? null : SimResults.NotFound(context, char.ToUpperInvariant(name[0]) + name[1..] + " not found.");
    }

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Ids();
}
