using System.Text.RegularExpressions;

namespace WebexCalling.Sdk.Generator;

/// <summary>
/// The simulator's routes for plain resources, read off the members of the classes that opt in (<c>sim: generated</c>),
/// at every place (owner kind) they hang: a POST answering an id with GET/PUT/DELETE on its items is a collection
/// (its list members list it), a GET with a PUT or PATCH on the same path a document, another list a fixed list
/// answered from its official example, anything else an action. Seeds are the official example answers.
/// </summary>
sealed partial class SimulatorEmitter(Surface surface)
{
    public IEnumerable<(string Path, string Text)> Emit()
    {
        var documents = new List<string>();
        var collections = new List<string>();
        var lists = new List<string>();
        var actions = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (api, access) in surface.Placements().Where(p => p.Access.Sim ?? p.Api.Sim))
        {
            // members the simulator serves by hand (sim: hand) get no generated route
            var members = api.Members.Where(m => !m.SimHand && m.OfferedAt(access)).Select(m => (Member: m, Route: Route(m, access))).ToList();
            var claimed = new HashSet<MemberSpec>();
            // collections: a create answering an id, and the item members below it
            foreach (var (create, path) in members.Where(x => x.Member.Verb == "POST" && x.Member.Returns.Kind == ReturnKind.Id).ToList())
            {
                var items = members.Where(x => ItemParam(path, x.Route) is not null).ToList();
                if (items.Count == 0) continue;
                string itemParam = ItemParam(path, items[0].Route)!;
                claimed.Add(create);
                foreach (var (m, _) in items.Where(x => x.Member.Verb is "GET" or "PUT" or "DELETE")) claimed.Add(m);
                var details = items.FirstOrDefault(x => x.Member.Verb == "GET" && x.Member.Returns.Kind == ReturnKind.Model).Member;
                string seed = surface.ExampleText(details?.Example) ?? "{}";
                var readOnly = new List<string>();
                if (details is not null) readOnly.AddRange(surface.ReadOnlyPaths(details.Returns.Type));
                if (create.BodyParam is { } body) readOnly.AddRange(surface.ReadOnlyPaths(body.BareType));
                var known = Known(details is null ? null : surface.FieldPaths(details.Returns.Type),
                    [create, .. items.Where(x => x.Member.Verb == "PUT").Select(x => x.Member)], access);
                string last = LastLiteral(path);
                var listRoutes = new List<string>();
                foreach (var (m, route) in members.Where(x => x.Member.Verb == "GET" && x.Member.Returns.Kind == ReturnKind.Stream
                             && (x.Route == path || LastLiteral(x.Route) == last && !x.Route.Contains('{'))))
                {
                    claimed.Add(m);
                    var fields = ItemFields(surface.ExampleText(m.Example), m.Returns.Key!);
                    listRoutes.Add($"new({Naming.Literal(route)}, {Naming.Literal(m.Returns.Key!)}, [{string.Join(", ", fields.Select(Naming.Literal))}])");
                }
                if (!seen.Add("C " + path)) continue;
                collections.Add($"new({Naming.Literal(path)}, {Naming.Literal(itemParam)}, {Naming.Literal(IdKind(last))},\n            "
                    + Naming.Raw(seed, 12) + ",\n            "
                    + $"[{string.Join(", ", readOnly.Distinct().Select(Naming.Literal))}],\n            [{string.Join(", ", listRoutes)}],\n            "
                    + $"Fields: {FieldsLiteral(known)})");
            }
            // documents: a GET with a PUT or PATCH on the same path (or alone)
            foreach (var (m, route) in members.Where(x => !claimed.Contains(x.Member) && x.Member.Verb == "GET"
                         && x.Member.Returns.Kind is ReturnKind.Model or ReturnKind.Property or ReturnKind.FieldObject))
            {
                claimed.Add(m);
                var write = members.FirstOrDefault(x => x.Route == route && x.Member.Verb is "PUT" or "PATCH" && !claimed.Contains(x.Member)).Member;
                if (write is not null) claimed.Add(write);
                string seed = surface.ExampleText(m.Seed ?? m.Example) ?? "{}";
                string model = m.Returns.Kind == ReturnKind.Property ? m.Returns.Answer! : m.Returns.Type;
                var readOnly = surface.ReadOnlyPaths(model);
                var fields = Known(surface.FieldPaths(model), write is null ? [] : [write], access);
                var (owner, ownerParam) = Owner(m, access);
                if (!seen.Add("D " + route)) continue;
                documents.Add($"new({Naming.Literal(route)}, {Lit(owner)}, {Lit(ownerParam)},\n            " + Naming.Raw(seed, 12)
                    + $",\n            [{string.Join(", ", readOnly.Select(Naming.Literal))}], {Naming.Literal(write?.Verb ?? "")},\n            "
                    + $"{FieldsLiteral(fields)})");
            }
            // the other lists: answered from their example
            foreach (var (m, route) in members.Where(x => !claimed.Contains(x.Member) && x.Member.Verb == "GET" && x.Member.Returns.Kind == ReturnKind.Stream))
            {
                claimed.Add(m);
                var (owner, ownerParam) = Owner(m, access);
                if (!seen.Add("L " + route)) continue;
                lists.Add($"new({Naming.Literal(route)}, {Lit(owner)}, {Lit(ownerParam)}, {Naming.Literal(m.Returns.Key!)},\n            "
                    + Naming.Raw(surface.ExampleText(m.Example) ?? "{}", 12) + ")");
            }
            // actions
            foreach (var (m, route) in members.Where(x => !claimed.Contains(x.Member) && x.Member.Verb != "GET"))
            {
                var (owner, ownerParam) = Owner(m, access);
                if (!seen.Add("A " + m.Verb + route)) continue;
                actions.Add($"new({Naming.Literal(route)}, {Naming.Literal(m.Verb)}, {Lit(owner)}, {Lit(ownerParam)})");
            }
        }
        // the fields of every described document, also those whose routes are written by hand: their writes keep only these
        var documentFields = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (api, access) in surface.Placements())
        {
            var members = api.Members.Where(m => m.OfferedAt(access)).Select(m => (Member: m, Route: Route(m, access))).ToList();
            foreach (var (m, route) in members.Where(x => x.Member.Verb == "GET" && x.Member.Returns.Kind == ReturnKind.Model))
            {
                var write = members.FirstOrDefault(x => x.Route == route && x.Member.Verb is "PUT" or "PATCH").Member;
                if (write is null || Known(surface.FieldPaths(m.Returns.Type), [write], access) is not { } fields) continue;
                documentFields.TryAdd(AnyIds().Replace(route, "{}"), $"[{Naming.Literal(AnyIds().Replace(route, "{}"))}] = {FieldsLiteral(fields)}");
            }
        }
        // the routes of hand-served shared settings at the other owner kinds, by the person's route they mirror
        var ownerRoutes = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (api, access) in surface.Placements().Where(p => p.Access.Owner is not (null or "Person")))
        {
            var person = api.Access.FirstOrDefault(a => a.Owner == "Person");
            if (person is null) continue;
            foreach (var m in api.Members.Where(m => m.OfferedAt(access) && m.OfferedAt(person) && (m.SimHand || !(access.Sim ?? api.Sim))))
            {
                string key = AnyIds().Replace(Route(m, person), "{}");
                string row = $"({Naming.Literal(access.Owner!)}, {Naming.Literal(AnyIds().Replace(Route(m, access), "{}"))})";
                if (!ownerRoutes.TryGetValue(key, out var rows)) ownerRoutes[key] = rows = [];
                if (!rows.Contains(row)) rows.Add(row);
            }
        }
        var w = new CodeWriter();
        w.Line("// <auto-generated/> by tools/Generator from the tools/api descriptions with `sim: generated`: change them and regenerate.");
        w.Line("#nullable enable");
        w.Line().Line("namespace WebexCalling.Sdk.Testing.Resources;").Line();
        w.Doc("summary", "The plain resources the simulator serves from the descriptions (see ResourceEndpoints).");
        w.Open("internal static class SimulatorRoutes");
        Table(w, "DocumentRoute", "Documents", documents);
        Table(w, "CollectionRoute", "Collections", collections);
        Table(w, "FixedListRoute", "FixedLists", lists);
        Table(w, "ActionRoute", "Actions", actions);
        w.Doc("summary", "The wire paths of every described document by its route with <c>{}</c> for each id, hand-written routes' included.");
        w.Line("public static IReadOnlyDictionary<string, string[]> Fields { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)");
        w.Line("{");
        foreach (string row in documentFields.Values) w.Line("    " + row + ",");
        w.Line("};");
        w.Line();
        w.Doc("summary", "The routes of the other owner kinds (<c>{}</c> for each id) of each hand-served person setting route, as the descriptions place them.");
        w.Line("public static IReadOnlyDictionary<string, (string Owner, string Route)[]> OwnerRoutes { get; } =");
        w.Line("    new Dictionary<string, (string Owner, string Route)[]>(StringComparer.Ordinal)");
        w.Line("{");
        foreach (var (key, rows) in ownerRoutes) w.Line($"    [{Naming.Literal(key)}] = [{string.Join(", ", rows)}],");
        w.Line("};");
        w.Close();
        yield return ("src/WebexCalling.Sdk.Testing/Resources/SimulatorRoutes.g.cs", w.ToString().Replace("\n\n}\n", "\n}\n"));
    }

    static void Table(CodeWriter w, string type, string name, List<string> rows)
    {
        w.Line($"public static IReadOnlyList<{type}> {name} {{ get; }} =");
        w.Line("[");
        foreach (string row in rows) w.Line("    " + row + ",");
        w.Line("];");
        w.Line();
    }

    /// <summary>
    /// The wire paths a resource has: those of its answer and of every body that writes it (at this place: renamed fields
    /// under both names, a wrapped body under its wrapper, body-field parameters by their wire names). Null when one of
    /// them is not spelled out (an answer or body of a hand-written type): the simulator then keeps whatever it is sent.
    /// </summary>
    List<string>? Known(List<string>? answer, IEnumerable<MemberSpec> writes, AccessSpec access)
    {
        if (answer is null || answer.Contains("*")) return null;
        var paths = new List<string>(answer);
        foreach (var write in writes)
        {
            string prefix = write.Wrap is null ? "" : write.Wrap + ".";
            if (write.Wrap is not null) paths.Add(write.Wrap);
            if (write.BodyParam is { } body)
            {
                if (!surface.IsModel(body.BareType)) return null;
                var fields = surface.FieldPaths(body.BareType);
                if (fields.Contains("*")) return null;
                paths.AddRange(fields.Select(f => prefix + f));
            }
            foreach (var field in write.FieldParams)
            {
                var parts = field.WireName.Split('.');
                for (int i = 1; i <= parts.Length; i++) paths.Add(prefix + string.Join('.', parts[..i]));
            }
            var renames = access.Send.TryGetValue(write.Name, out var place) ? place.Rename : write.Rename;
            foreach (var (from, to) in renames)
            {
                // the new name replaces the last segment of the path: executives[].id -> executives[].personId
                string wire = prefix + from, renamed = wire[..(wire.LastIndexOf('.') + 1)] + to;
                paths.AddRange(paths.Where(p => p == wire || p.StartsWith(wire + ".", StringComparison.Ordinal)
                        || p.StartsWith(wire + "[].", StringComparison.Ordinal))
                    .Select(p => renamed + p[wire.Length..]).ToList());
            }
        }
        return paths.Distinct().Order(StringComparer.Ordinal).ToList();
    }

    static string FieldsLiteral(List<string>? fields) =>
        fields is null ? "null" : $"[{string.Join(", ", fields.Select(Naming.Literal))}]";

    static string Lit(string? value) => value is null ? "null" : Naming.Literal(value);

    /// <summary>A member's route template below /v1 at a place: owner roots and constructor arguments filled in.</summary>
    string Route(MemberSpec m, AccessSpec access) =>
        "/" + ApiEmitter.ExpectedPath(surface, m, access, p => "\u0001" + p.Replace('.', '_') + "\u0002")
            .Replace("%01", "{").Replace("%02", "}");

    static (string? Owner, string? Param) Owner(MemberSpec m, AccessSpec access)
    {
        var match = ApiEmitter.OwnerPath().Match(m.Path);
        return match.Success && match.Groups[2].Success ? (access.Owner, match.Groups[2].Value) : (null, null);
    }

    /// <summary>The item parameter when <paramref name="route"/> is <paramref name="collection"/>/{item}.</summary>
    static string? ItemParam(string collection, string route)
    {
        var match = ItemPattern().Match(route);
        return match.Success && match.Groups[1].Value == collection ? match.Groups[2].Value : null;
    }

    [GeneratedRegex(@"\{[^}/]+\}")]
    private static partial Regex AnyIds();

    [GeneratedRegex(@"^(.*)/\{([^}/]+)\}$")]
    private static partial Regex ItemPattern();

    static string LastLiteral(string route) => route.Split('/').Last(s => s.Length > 0 && !s.StartsWith('{'));

    /// <summary><c>huntGroups</c> -> <c>HUNT_GROUP</c>: the resource type new ids encode.</summary>
    static string IdKind(string segment)
    {
        string singular = segment.EndsWith("ies", StringComparison.Ordinal) ? segment[..^3] + "y"
            : segment.EndsWith('s') ? segment[..^1] : segment;
        return Regex.Replace(singular, "([a-z])([A-Z])", "$1_$2").ToUpperInvariant();
    }

    /// <summary>The fields the items of an official example list carry, any of them (the first may leave some out).</summary>
    static List<string> ItemFields(string? example, string itemsKey)
    {
        if (example is null || System.Text.Json.Nodes.JsonNode.Parse(example)?[itemsKey] is not System.Text.Json.Nodes.JsonArray items) return [];
        return items.OfType<System.Text.Json.Nodes.JsonObject>().SelectMany(item => item.Select(kv => kv.Key)).Distinct().ToList();
    }
}
