using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Endpoints;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Resources;

/// <summary>
/// Serves the plain resources the descriptions of tools/api declare (SimulatorRoutes.g.cs): documents, collections
/// with their lists, fixed lists and actions. Every id in a path must name something that exists: the owner entity,
/// the location, the parent item; otherwise 404 as Webex answers. Writes are partial, as in Webex: fields in a body
/// replace the stored ones (nested objects field by field), fields left out stay, read-only fields and fields the
/// resource does not define (its description's models) are ignored.
/// </summary>
internal static partial class ResourceEndpoints
{
    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        foreach (var route in SimulatorRoutes.Documents) MapDocument(app, state, route);
        foreach (var route in SimulatorRoutes.Collections) MapCollection(app, state, route);
        var removals = new HashSet<ActionRoute>();
        foreach (var route in SimulatorRoutes.FixedLists)
        {
            app.MapGet(route.Path, (HttpContext context) => FixedList(context, state, route));
            // a DELETE on an item of the list (an announcement file by its name) removes it from this path's copy
            foreach (var delete in SimulatorRoutes.Actions.Where(a => a.Method == "DELETE" && ItemOf(route.Path, a.Path) is not null))
            {
                removals.Add(delete);
                string key = ItemOf(route.Path, delete.Path)!;
                app.MapDelete(delete.Path, (HttpContext context) => RemoveFromList(context, state, route, key));
            }
        }
        foreach (var route in SimulatorRoutes.Actions.Where(a => !removals.Contains(a)))
            app.MapMethods(route.Path, [route.Method], (HttpContext context) => Action(context, state, route));
    }

    /// <summary>The parameter of <paramref name="item"/> when it is <paramref name="list"/>/{parameter}, else null.</summary>
    private static string? ItemOf(string list, string item) =>
        item.StartsWith(list + "/{", StringComparison.Ordinal) && item.EndsWith('}') && item.IndexOf('/', list.Length + 1) < 0
            ? item[(list.Length + 2)..^1]
            : null;

    private static void MapDocument(IEndpointRouteBuilder app, SimulatorState state, DocumentRoute route)
    {
        app.MapGet(route.Path, (HttpContext context) =>
        {
            lock (state.Sync)
            {
                if (Resolve(context, state, route.Owner, route.OwnerParam) is { } error) return error;
                return SimResults.Json(Current(state, route, context.Request.Path));
            }
        });
        if (route.Method.Length == 0) return;
        var known = Known(route.Fields);
        app.MapMethods(route.Path, [route.Method], async (HttpContext context) =>
        {
            var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
            lock (state.Sync)
            {
                if (Resolve(context, state, route.Owner, route.OwnerParam) is { } error) return error;
                if (body is null) return bodyError!;
                KeepKnown(body, known, "");
                var current = Current(state, route, context.Request.Path);
                if (PersonSettingsEndpoints.Merge(context, current, Seed(route.Seed), body, route.ReadOnly, "") is { } mergeError)
                    return mergeError;
                if (ForwardingChecks.Check(route.Path, current) is { } refused) return SimResults.BadRequest(context, refused);
                state.Area<ResourceStore>().Save(context.Request.Path, current);
            }
            return SimResults.NoContent();
        });
    }

    private static JsonObject Current(SimulatorState state, DocumentRoute route, string path) =>
        (JsonObject)(state.Area<ResourceStore>().Document(path) ?? Seed(route.Seed)).DeepClone();

    private static void MapCollection(IEndpointRouteBuilder app, SimulatorState state, CollectionRoute route)
    {
        string itemPath = route.Path + "/{" + route.ItemParam + "}";
        var known = Known(route.Fields);
        if (route.CanCreate)
            app.MapPost(route.Path, async (HttpContext context) =>
            {
                var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
                lock (state.Sync)
                {
                    if (Resolve(context, state, null, null) is { } error) return error;
                    if (body is null) return bodyError!;
                    KeepKnown(body, known, "");
                    var seed = Seed(route.Seed);
                    var item = NewItem(seed);
                    if (PersonSettingsEndpoints.Merge(context, item, seed, body, route.ReadOnly, "") is { } mergeError)
                        return mergeError;
                    string id = WebexIds.Encode(route.IdKind, state.NewGuid());
                    if (seed.ContainsKey("id")) item["id"] = id;
                    var parents = context.Request.RouteValues.ToDictionary(kv => kv.Key, kv => Value(kv.Value) ?? "", StringComparer.Ordinal);
                    // a feature takes its location's time zone unless the create names one
                    if (seed.ContainsKey("timeZone") && !item.ContainsKey("timeZone")
                        && state.FindLocation(parents.GetValueOrDefault("locationId"))?.TimeZone is { } timeZone)
                        item["timeZone"] = timeZone;
                    state.Area<ResourceStore>().Items(route.Path)[id] = new ResourceItem(id, parents, item)
                    {
                        ItemPath = context.Request.Path + "/" + Uri.EscapeDataString(id),
                    };
                    return SimResults.Json(new JsonObject { ["id"] = id }, StatusCodes.Status201Created);
                }
            });
        app.MapGet(itemPath, (HttpContext context) =>
        {
            lock (state.Sync)
            {
                if (Resolve(context, state, null, null) is { } error) return error;
                var item = Find(context, state, route)!;
                return SimResults.Json(Details(state, route, item, Seed(route.Seed)));
            }
        });
        app.MapPut(itemPath, async (HttpContext context) =>
        {
            var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
            lock (state.Sync)
            {
                if (Resolve(context, state, null, null) is { } error) return error;
                if (body is null) return bodyError!;
                KeepKnown(body, known, "");
                var item = Find(context, state, route)!;
                var merged = (JsonObject)item.Body.DeepClone();
                if (PersonSettingsEndpoints.Merge(context, merged, Seed(route.Seed), body, route.ReadOnly, "") is { } mergeError)
                    return mergeError;
                if (merged.ContainsKey("id")) merged["id"] = item.Id;
                state.Area<ResourceStore>().Items(route.Path)[item.Id] = item with { Body = merged };
            }
            return SimResults.NoContent();
        });
        app.MapDelete(itemPath, (HttpContext context) =>
        {
            lock (state.Sync)
            {
                if (Resolve(context, state, null, null) is { } error) return error;
                var item = Find(context, state, route)!;
                var store = state.Area<ResourceStore>();
                store.Items(route.Path).Remove(item.Id);
                store.RemoveBelow(item.ItemPath);
            }
            return SimResults.NoContent();
        });
        foreach (var list in route.Lists)
            app.MapGet(list.Path, (HttpContext context) =>
            {
                lock (state.Sync)
                {
                    if (Resolve(context, state, null, null) is { } error) return error;
                    var items = Filter(context, state, route).ToList();
                    return Paging.Page(context, state, items, i => Listed(state, list, i), list.ItemsKey);
                }
            });
    }

    private static HashSet<string>? Known(string[]? fields) => fields is null ? null : new HashSet<string>(fields, StringComparer.Ordinal);

    private static readonly Dictionary<string, HashSet<string>> KnownByRoute =
        SimulatorRoutes.Fields.ToDictionary(kv => kv.Key, kv => Known(kv.Value)!, StringComparer.Ordinal);

    /// <summary>
    /// For hand-written routes: drops what a write sends that the described document at <paramref name="route"/> (a
    /// route template, ids in braces) does not define; a route the descriptions do not cover keeps everything.
    /// </summary>
    internal static void KeepDefined(JsonObject body, string route) =>
        KeepKnown(body, KnownByRoute.GetValueOrDefault(AnyId().Replace(route, "{}")), "");

    [System.Text.RegularExpressions.GeneratedRegex(@"\{[^}/]+\}")]
    private static partial System.Text.RegularExpressions.Regex AnyId();

    /// <summary>
    /// Drops what a body sends that the resource does not define (Webex ignores such fields; keeping them would echo a
    /// write-only or misspelt field back on the next read), in nested objects and list items too.
    /// </summary>
    private static void KeepKnown(JsonObject body, HashSet<string>? known, string prefix)
    {
        if (known is null || known.Contains(prefix + "*")) return;
        foreach (var (name, value) in body.ToList())
        {
            string path = prefix + name;
            if (!known.Contains(path)) { body.Remove(name); continue; }
            if (value is JsonObject nested) KeepKnown(nested, known, path + ".");
            else if (value is JsonArray items)
                foreach (var item in items.OfType<JsonObject>()) KeepKnown(item, known, path + "[].");
        }
    }

    /// <summary>
    /// A new item of a collection: the official example's shape with its defaults (nested settings, flags, numbers and
    /// wire values such as <c>ENTERPRISE</c>) but nothing that belongs to the example's own item: no members, rules or
    /// numbers in its lists, and none of its names, numbers, ids or texts; the create gives those.
    /// </summary>
    private static JsonObject NewItem(JsonObject seed)
    {
        var item = (JsonObject)seed.DeepClone();
        foreach (var (name, value) in item.ToList())
        {
            if (value is JsonArray) item[name] = new JsonArray();
            else if (value is JsonValue v && v.GetValueKind() == JsonValueKind.String && !IsWireValue(v.GetValue<string>())) item.Remove(name);
        }
        return item;
    }

    private static bool IsWireValue(string text) =>
        text.Length > 0 && char.IsAsciiLetterUpper(text[0]) && text.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_');

    private static ResourceItem? Find(HttpContext context, SimulatorState state, CollectionRoute route) =>
        state.Area<ResourceStore>().Items(route.Path).GetValueOrDefault(Value(context.Request.RouteValues[route.ItemParam]) ?? "");

    private static JsonObject Details(SimulatorState state, CollectionRoute route, ResourceItem item, JsonObject seed)
    {
        var json = (JsonObject)item.Body.DeepClone();
        if (seed.ContainsKey("id") || !json.ContainsKey("id")) json["id"] = item.Id;
        AddLocation(state, item, json, seed.ContainsKey("locationId"), seed.ContainsKey("locationName"));
        return json;
    }

    private static JsonObject Listed(SimulatorState state, ListRoute list, ResourceItem item)
    {
        var json = new JsonObject { ["id"] = item.Id };
        foreach (var (name, value) in item.Body)
            if (name != "id" && (list.ItemFields.Length == 0 || list.ItemFields.Contains(name))) json[name] = value?.DeepClone();
        AddLocation(state, item, json, list.ItemFields.Contains("locationId"), list.ItemFields.Contains("locationName"));
        return json;
    }

    private static void AddLocation(SimulatorState state, ResourceItem item, JsonObject json, bool id, bool name)
    {
        if (!item.Parents.TryGetValue("locationId", out var locationId) || state.FindLocation(locationId) is not { } location) return;
        if (id) json["locationId"] = location.Id;
        if (name) json["locationName"] = location.Name;
    }

    /// <summary>The items a list shows: those under the path's parent ids, then those matching the query's filters.</summary>
    private static IEnumerable<ResourceItem> Filter(HttpContext context, SimulatorState state, CollectionRoute route)
    {
        var routeValues = context.Request.RouteValues;
        foreach (var item in state.Area<ResourceStore>().Items(route.Path).Values)
        {
            bool keep = true;
            foreach (var (key, value) in routeValues)
                if (item.Parents.TryGetValue(key, out var parent) && parent != Value(value)) keep = false;
            foreach (var (key, values) in context.Request.Query)
            {
                string wanted = values.ToString();
                if (!keep || key is "start" or "max" or "orgId" || wanted.Length == 0) continue;
                if (item.Parents.TryGetValue(key, out var parent)) { keep = parent == wanted; continue; }
                keep = key switch
                {
                    "name" => Text(item.Body, "name")?.Contains(wanted, StringComparison.OrdinalIgnoreCase) == true,
                    "phoneNumber" => (Text(item.Body, "phoneNumber") ?? "").Contains(wanted, StringComparison.Ordinal)
                                     || (Text(item.Body, "extension") ?? "").Contains(wanted, StringComparison.Ordinal),
                    _ => !item.Body.ContainsKey(key) || string.Equals(Text(item.Body, key), wanted, StringComparison.OrdinalIgnoreCase),
                };
            }
            if (keep) yield return item;
        }
    }

    private static string? Text(JsonObject body, string name) => JsonBody.Text(body[name]);

    /// <summary>
    /// A list answered from its official example (or from what is left of it at this path after deletes), narrowed by
    /// the query parameters that name a field of its items: <c>phoneNumber=a,b</c> keeps the items with either number.
    /// </summary>
    private static IResult FixedList(HttpContext context, SimulatorState state, FixedListRoute route)
    {
        lock (state.Sync)
        {
            if (Resolve(context, state, route.Owner, route.OwnerParam) is { } error) return error;
            var items = ListItems(state, route, context.Request.Path).Select(i => (JsonObject)i.DeepClone()).ToList();
            foreach (var (key, values) in context.Request.Query)
            {
                if (key is "start" or "max" or "orgId" || !items.Any(i => i.ContainsKey(key))) continue;
                var wanted = values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    .ToHashSet(StringComparer.OrdinalIgnoreCase);
                if (wanted.Count > 0) items.RemoveAll(i => !wanted.Contains(Text(i, key) ?? ""));
            }
            return Paging.Page(context, state, items, i => i, route.ItemsKey);
        }
    }

    private static List<JsonObject> ListItems(SimulatorState state, FixedListRoute route, string path) =>
        (state.Area<ResourceStore>().Document(path) ?? Seed(route.Seed))[route.ItemsKey] is JsonArray array
            ? array.OfType<JsonObject>().ToList()
            : [];

    /// <summary>Removes the item whose <paramref name="key"/> field is the path's last segment from this path's list; 404 when none is.</summary>
    private static IResult RemoveFromList(HttpContext context, SimulatorState state, FixedListRoute route, string key)
    {
        lock (state.Sync)
        {
            if (Resolve(context, state, route.Owner, route.OwnerParam) is { } error) return error;
            string value = Value(context.Request.RouteValues[key]) ?? "";
            string path = context.Request.Path.Value ?? "";
            string listPath = path[..path.LastIndexOf('/')];
            var items = ListItems(state, route, listPath);
            int removed = items.RemoveAll(i => Text(i, key) == value);
            if (removed == 0)
            {
                string kind = route.ItemsKey.EndsWith('s') ? route.ItemsKey[..^1] : route.ItemsKey;
                return SimResults.NotFound(context, $"{char.ToUpperInvariant(kind[0])}{kind[1..]} '{value}' not found.");
            }
            var list = new JsonArray(items.Select(i => (JsonNode)i.DeepClone()).ToArray());
            state.Area<ResourceStore>().Save(listPath, new JsonObject { [route.ItemsKey] = list });
            return SimResults.NoContent();
        }
    }

    private static IResult Action(HttpContext context, SimulatorState state, ActionRoute route)
    {
        lock (state.Sync)
            return Resolve(context, state, route.Owner, route.OwnerParam) ?? SimResults.NoContent();
    }

    /// <summary>
    /// Checks that every id of the request's path names something that exists: the owner entity, a location, an item
    /// of a generated collection whose path the request is below. Null when all do; else the error answer.
    /// </summary>
    private static IResult? Resolve(HttpContext context, SimulatorState state, string? owner, string? ownerParam)
    {
        var values = context.Request.RouteValues;
        if (owner is not null && ownerParam is not null)
        {
            if (SettingsOwners.Check(context, state, owner, Value(values[ownerParam])) is { } error) return error;
        }
        if (values.TryGetValue("locationId", out var location) && ownerParam != "locationId"
            && state.FindLocation(Value(location)) is null)
            return SimResults.NotFound(context, "Location not found.");
        string path = context.Request.Path.Value ?? "";
        string template = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "";
        if (template.StartsWith("/v1/", StringComparison.Ordinal)) template = template[3..]; // the group's prefix
        var store = state.Area<ResourceStore>();
        foreach (var collection in SimulatorRoutes.Collections)
        {
            // the collections this route is below (or an item of)
            string item = collection.Path + "/{" + collection.ItemParam + "}";
            if (!(template == item || template.StartsWith(item + "/", StringComparison.Ordinal))) continue;
            if (!values.TryGetValue(collection.ItemParam, out var id)) continue;
            var found = store.Items(collection.Path).GetValueOrDefault(Value(id) ?? "");
            if (found is null || !(path == found.ItemPath || path.StartsWith(found.ItemPath + "/", StringComparison.Ordinal)))
                return SimResults.NotFound(context, NotFoundMessage(collection.IdKind));
        }
        return null;
    }

    /// <summary><c>HUNT_GROUP</c> -> <c>Hunt group not found.</c>, as Webex names the missing item.</summary>
    private static string NotFoundMessage(string idKind)
    {
        string words = idKind.Replace('_', ' ').ToLowerInvariant();
        return char.ToUpperInvariant(words[0]) + words[1..] + " not found.";
    }

    private static string? Value(object? routeValue) => routeValue as string ?? routeValue?.ToString();

    private static JsonObject Seed(string json) => JsonNode.Parse(json) as JsonObject ?? new JsonObject();
}

/// <summary>A list the simulator answers from the official example as it is (numbers available for a feature, ...).</summary>
internal sealed record FixedListRoute(string Path, string? Owner, string? OwnerParam, string ItemsKey, string Seed);

/// <summary>An action (a POST or PUT that changes nothing the simulator keeps): 204 once the path's ids resolve.</summary>
internal sealed record ActionRoute(string Path, string Method, string? Owner, string? OwnerParam);
