using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// Outgoing-permission access codes of a location (<c>/telephony/config/locations/{id}/outgoingPermission/accessCodes</c>:
/// GET, POST a list, PUT deleteCodes, DELETE all) and of the organisation (<c>/telephony/config/outgoingPermission/accessCodes</c>:
/// GET paginated with code and description filters, POST a list, PUT deleteCodes). A create refuses a code the location
/// (or organisation) already has, or a code twice in one request, and changes nothing then.
/// </summary>
internal static partial class AccessCodesEndpoints
{
    private const string LocationPath = "/telephony/config/locations/{locationId}/outgoingPermission/accessCodes";
    private const string OrgPath = "/telephony/config/outgoingPermission/accessCodes";

    /// <summary>The codes: per location (by location uuid) and the organisation's, each by code in creation order.</summary>
    private sealed class AccessCodeStore
    {
        public Dictionary<Guid, OrderedDictionary<string, string>> Locations { get; } = [];

        public OrderedDictionary<string, string> Org { get; } = new(StringComparer.Ordinal);

        public OrderedDictionary<string, string> Of(LocationRecord location)
        {
            if (!Locations.TryGetValue(location.Uuid, out var codes)) Locations[location.Uuid] = codes = new(StringComparer.Ordinal);
            return codes;
        }
    }

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapGet(LocationPath, (HttpContext context, string locationId) => ReadLocation(context, state, locationId));
        app.MapPost(LocationPath, (HttpContext context, string locationId) => CreateAsync(context, state, locationId));
        app.MapPut(LocationPath, (HttpContext context, string locationId) => DeleteCodesAsync(context, state, locationId, required: true));
        app.MapDelete(LocationPath, (HttpContext context, string locationId) => DeleteAll(context, state, locationId));

        app.MapGet(OrgPath, (HttpContext context) => ListOrg(context, state));
        app.MapPost(OrgPath, (Delegate)((HttpContext context) => CreateAsync(context, state, null)));
        app.MapPut(OrgPath, (Delegate)((HttpContext context) => DeleteCodesAsync(context, state, null, required: false)));
    }

    /// <summary>Two codes per demo location (n100, n200) and three for the organisation (9001 to 9003).</summary>
    public static void SeedDemoOrg(SimulatorState state, DemoOrgContext demo)
    {
        var store = state.Area<AccessCodeStore>();
        for (int i = 0; i < demo.Locations.Count; i++)
        {
            var codes = store.Of(demo.Locations[i]);
            string n = (i + 1).ToString(CultureInfo.InvariantCulture);
            codes[n + "100"] = "Main access code";
            codes[n + "200"] = "Alternate access code";
        }
        store.Org["9001"] = "Operator override";
        store.Org["9002"] = "Security desk";
        store.Org["9003"] = "Facilities";
    }

    private static JsonObject Item(KeyValuePair<string, string> code) => new() { ["code"] = code.Key, ["description"] = code.Value };

    private static IResult ReadLocation(HttpContext context, SimulatorState state, string locationId)
    {
        lock (state.Sync)
        {
            if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
            var location = LocationsEndpoints.Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
            var codes = state.Area<AccessCodeStore>().Of(location);
            return SimResults.Json(new JsonObject { ["accessCodes"] = new JsonArray(codes.Select(c => (JsonNode)Item(c)).ToArray()) });
        }
    }

    private static IResult ListOrg(HttpContext context, SimulatorState state)
    {
        var codeFilter = Filter(context, "code");
        var descriptionFilter = Filter(context, "description");
        lock (state.Sync)
        {
            if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
            var matching = state.Area<AccessCodeStore>().Org
                .Where(c => (codeFilter is null || codeFilter.Contains(c.Key)) && (descriptionFilter is null || descriptionFilter.Contains(c.Value)))
                .ToList();
            return Paging.Page(context, state, matching, c => Item(c), itemsKey: "accessCodes");
        }
    }

    /// <summary>A comma-separated filter as a set, or null when not given.</summary>
    private static HashSet<string>? Filter(HttpContext context, string name) =>
        context.Request.Query.TryGetValue(name, out var values)
            ? values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .ToHashSet(StringComparer.Ordinal)
            : null;

    /// <summary>The access codes of a location (or of the organisation when <paramref name="locationId"/> is null), or the error answer.</summary>
    private static OrderedDictionary<string, string>? Codes(HttpContext context, SimulatorState state, string? locationId, out IResult? error)
    {
        if (locationId is null)
            return (error = LocationsEndpoints.CheckOrg(context, state)) is null ? state.Area<AccessCodeStore>().Org : null;
        var location = LocationsEndpoints.ResolveInOrg(context, state, locationId, out error);
        return location is null ? null : state.Area<AccessCodeStore>().Of(location);
    }

    private static async Task<IResult> CreateAsync(HttpContext context, SimulatorState state, string? locationId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            if (Codes(context, state, locationId, out var codesError) is not { } codes) return codesError!;
            if (body is null) return bodyError!;
            if (body["accessCodes"] is not JsonArray list || list.Count == 0)
                return SimResults.BadRequest(context, "Missing field: accessCodes.");
            var added = new List<(string Code, string Description)>();
            foreach (var entry in list)
            {
                if (entry is not JsonObject item) return SimResults.BadRequest(context, "Each entry of accessCodes must be an object.");
                string? code = JsonBody.String(item, "code");
                string? description = JsonBody.String(item, "description");
                if (code is null || !Code().IsMatch(code))
                    return SimResults.BadRequest(context, "Missing or invalid field: code (2 to 6 digits).");
                if (string.IsNullOrWhiteSpace(description)) return SimResults.BadRequest(context, "Missing field: description.");
                if (codes.ContainsKey(code) || added.Any(a => a.Code == code))
                    return SimResults.BadRequest(context, $"Access code {code} already exists.");
                added.Add((code, description));
            }
            foreach (var (code, description) in added) codes[code] = description;
        }
        return Results.StatusCode(StatusCodes.Status201Created);
    }

    private static async Task<IResult> DeleteCodesAsync(HttpContext context, SimulatorState state, string? locationId, bool required)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context, allowEmpty: !required).ConfigureAwait(false);
        lock (state.Sync)
        {
            if (Codes(context, state, locationId, out var codesError) is not { } codes) return codesError!;
            if (body is null) return bodyError!;
            var delete = JsonBody.Strings(body, "deleteCodes");
            if (delete is null)
            {
                if (required) return SimResults.BadRequest(context, "Missing field: deleteCodes.");
                return SimResults.NoContent();
            }
            foreach (string code in delete) codes.Remove(code);
        }
        return SimResults.NoContent();
    }

    private static IResult DeleteAll(HttpContext context, SimulatorState state, string locationId)
    {
        lock (state.Sync)
        {
            if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
            var location = LocationsEndpoints.Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
            state.Area<AccessCodeStore>().Of(location).Clear();
        }
        return SimResults.NoContent();
    }

    [GeneratedRegex("^[0-9]{2,6}$")]
    private static partial Regex Code();
}
