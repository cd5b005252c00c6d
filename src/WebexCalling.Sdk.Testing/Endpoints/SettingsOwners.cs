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
    /// The owner of the matched route's kind with the path's id: 400 for an id of another kind or a malformed one, 404
    /// for an unknown one (and for a workspace without Webex Calling, which has no calling settings). Call under the
    /// state lock.
    /// </summary>
    public static SettingsOwnerRecord? Resolve(HttpContext context, SimulatorState state, string id, out IResult? error)
    {
        string kind = context.GetEndpoint()?.Metadata.GetMetadata<OwnerKind>()?.Kind ?? "Person";
        error = null;
        switch (kind)
        {
            case "Workspace":
                if (!WebexIds.TryDecode(id, WebexIds.Workspace, out _)) break;
                if (state.Area<OwnerEntities>().FindWorkspace(id) is { WebexCalling: true } workspace) return SettingsOwnerRecord.Of(workspace);
                error = SimResults.NotFound(context, "Workspace not found.");
                return null;
            case "VirtualLine":
                if (!WebexIds.TryDecode(id, WebexIds.VirtualLine, out _)) break;
                if (state.Area<OwnerEntities>().FindVirtualLine(id) is { } line) return SettingsOwnerRecord.Of(line);
                error = SimResults.NotFound(context, "Virtual line not found.");
                return null;
            default:
                return PeopleEndpoints.Resolve(context, state, id, out error) is { } person ? SettingsOwnerRecord.Of(person) : null;
        }
        error = SimResults.BadRequest(context, $"Invalid {(kind == "Workspace" ? "workspace" : "virtual line")} id: '{id}'.");
        return null;
    }

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Ids();
}
