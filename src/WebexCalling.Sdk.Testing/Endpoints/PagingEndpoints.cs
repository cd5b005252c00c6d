using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;
using static WebexCalling.Sdk.Testing.Endpoints.LocationFeatures;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// Paging groups (<c>/telephony/config/paging</c> organisation-wide, CRUD and available numbers per location):
/// originators and targets are sent as ids and answered as people; a group needs a phone number or an extension,
/// unique as every number is.
/// </summary>
internal static class PagingEndpoints
{
    private const string Groups = "/telephony/config/locations/{locationId}/paging";
    private const string NotFound = "Paging group not found.";
    private const int MaxTargets = 75;
    private static readonly string[] Fields =
        ["enabled", "name", "phoneNumber", "extension", "languageCode", "firstName", "lastName", "originatorCallerIdEnabled", "directLineCallerIdName", "dialByName"];

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapGet("/telephony/config/paging", (HttpContext context) =>
        {
            lock (state.Sync)
            {
                if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
                var groups = ByName(context, ByLocationAndNumber(context, state.Area<LocationFeatureStore>().Items(PagingGroup)));
                return Paging.Page(context, state, groups, Listed, itemsKey: "locationPaging");
            }
        });
        app.MapPost(Groups, (HttpContext context, string locationId) => SaveAsync(context, state, locationId, null));
        app.MapGet(Groups + "/availableNumbers", (HttpContext context, string locationId) => FreeNumbers(context, state, locationId));
        app.MapGet(Groups + "/{pagingId}", (HttpContext context, string locationId, string pagingId) =>
        {
            lock (state.Sync)
            {
                var group = Find(context, state, PagingGroup, locationId, pagingId, NotFound, out var error);
                return group is null ? error! : SimResults.Json(Details(group));
            }
        });
        app.MapPut(Groups + "/{pagingId}", (HttpContext context, string locationId, string pagingId) => SaveAsync(context, state, locationId, pagingId));
        app.MapDelete(Groups + "/{pagingId}", (HttpContext context, string locationId, string pagingId) =>
        {
            lock (state.Sync)
            {
                var group = Find(context, state, PagingGroup, locationId, pagingId, NotFound, out var error);
                if (group is null) return error!;
                state.Area<LocationFeatureStore>().Items(PagingGroup).Remove(group);
                return SimResults.NoContent();
            }
        });
    }

    private static JsonObject Listed(LocationFeatureRecord g)
    {
        var json = new JsonObject { ["id"] = g.Id, ["name"] = g.Name, ["locationName"] = g.Location.Name, ["locationId"] = g.Location.Id };
        JsonBody.Put(json, "phoneNumber", g.PhoneNumber);
        JsonBody.Put(json, "extension", g.Extension);
        json["tollFreeNumber"] = false;
        return json;
    }

    private static JsonObject Details(LocationFeatureRecord g)
    {
        var json = new JsonObject { ["id"] = g.Id };
        foreach (var (name, value) in g.Body) json[name] = value?.DeepClone();
        json["tollFreeNumber"] = false;
        json["language"] = JsonBody.String(g.Body, "languageCode") is "en_us" or null ? "English" : JsonBody.String(g.Body, "languageCode");
        json["originators"] = Array(g.Members.GetValueOrDefault("originators", []).Select(PagingAgent));
        json["targets"] = Array(g.Members.GetValueOrDefault("targets", []).Select(PagingAgent));
        return json;
    }

    /// <summary>What a new group holds before the create body is merged over it.</summary>
    private static JsonObject Defaults(LocationRecord location) => new()
    {
        ["enabled"] = true,
        ["name"] = "",
        ["languageCode"] = location.AnnouncementLanguage ?? "en_us",
        ["firstName"] = ".",
        ["lastName"] = "",
        ["originatorCallerIdEnabled"] = false,
        ["directLineCallerIdName"] = new JsonObject { ["selection"] = "DISPLAY_NAME" },
    };

    private static async Task<IResult> SaveAsync(HttpContext context, SimulatorState state, string locationId, string? pagingId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            var location = LocationsEndpoints.Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
            LocationFeatureRecord? group = null;
            if (pagingId is not null)
            {
                group = Find(context, state, PagingGroup, locationId, pagingId, NotFound, out error);
                if (group is null) return error!;
            }
            if (body is null) return bodyError!;
            if (group is null && JsonBody.String(body, "name") is null) return SimResults.BadRequest(context, "Missing required field(s): name.");
            if (JsonBody.String(body, "name") is { Length: 0 or > 30 }) return SimResults.BadRequest(context, "Invalid value for field 'name': 1 to 30 characters.");
            var merged = (JsonObject)(group?.Body ?? Defaults(location)).DeepClone();
            if (Merge(context, merged, body, Defaults(location), Fields) is { } mergeError) return mergeError;
            if (JsonBody.String(merged, "phoneNumber") is null && JsonBody.String(merged, "extension") is null)
                return SimResults.BadRequest(context, "Either phoneNumber or extension is mandatory.");
            if (CheckNumbers(context, state, location, body, group) is { } numberError) return numberError;
            var originators = Members(context, state, location, body, "originators", out error);
            if (error is not null) return error;
            var targets = Members(context, state, location, body, "targets", out error);
            if (error is not null) return error;
            if (targets?.Count > MaxTargets) return SimResults.BadRequest(context, $"A paging group has at most {MaxTargets} targets.");

            bool created = group is null;
            group ??= new LocationFeatureRecord(PagingGroup, WebexIds.Encode(PagingGroup, state.NewGuid()), location);
            if (created && JsonBody.String(merged, "lastName") is "") merged["lastName"] = JsonBody.String(merged, "phoneNumber") ?? merged["name"]!.DeepClone();
            group.Body = merged;
            if (originators is not null) group.Members["originators"] = originators;
            if (targets is not null) group.Members["targets"] = targets;
            if (!created) return SimResults.NoContent();
            state.Area<LocationFeatureStore>().Items(PagingGroup).Add(group);
            return SimResults.Json(new JsonObject { ["id"] = group.Id }, StatusCodes.Status201Created);
        }
    }

    /// <summary>Per demo location: a paging group (extension n085) one person may page, with two others as targets (seeded draws).</summary>
    public static void SeedDemoOrg(SimulatorState state, DemoOrgContext demo)
    {
        foreach (var location in demo.Locations)
        {
            var people = demo.People.Where(p => p.Location == location).ToList();
            if (people.FirstOrDefault()?.Extension is not { Length: > 2 } first) continue;
            var group = new LocationFeatureRecord(PagingGroup, WebexIds.Encode(PagingGroup, state.NewGuid()), location);
            var body = Defaults(location);
            body["name"] = $"{location.Name} paging";
            body["extension"] = first[..^2] + "85";
            body["lastName"] = $"{location.Name} paging";
            group.Body = body;
            var drawn = CallParkEndpoints.Draw(state, people, 3);
            group.Members["originators"] = drawn.Take(1).ToList();
            group.Members["targets"] = drawn.Skip(1).ToList();
            state.Area<LocationFeatureStore>().Items(PagingGroup).Add(group);
        }
    }
}
