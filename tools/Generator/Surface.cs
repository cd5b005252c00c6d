namespace WebexCalling.Sdk.Generator;

/// <summary>All descriptions read, cross-checked and indexed: what every emitter works from.</summary>
sealed class Surface
{
    public SpecReader Spec { get; }
    public IReadOnlyList<AreaSpec> Areas => Spec.Areas;
    /// <summary>Every generated model and wire-value type by name.</summary>
    public Dictionary<string, ModelSpec> Models { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, EnumSpec> Enums { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, ApiSpec> Apis { get; } = new(StringComparer.Ordinal);
    /// <summary>API classes by the path they hang at (<c>Telephony.CallQueue</c>).</summary>
    public Dictionary<string, (ApiSpec Api, AccessSpec Access)> ByAccess { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, OwnerSpec> Owners { get; } = new(StringComparer.Ordinal);
    public string ApiDir { get; }

    public Surface(string apiDir)
    {
        ApiDir = apiDir;
        Spec = SpecReader.Read(apiDir);
        foreach (var owner in Spec.Owners) Owners[owner.Name] = owner;
        foreach (var area in Areas)
        {
            foreach (var model in area.Models)
                if (!Models.TryAdd(model.Name, model) || Enums.ContainsKey(model.Name) || Spec.HandTypes.ContainsKey(model.Name))
                    throw new SpecException(area.File, model.Line, $"type {model.Name} is declared twice");
            foreach (var e in area.Enums)
                if (!Enums.TryAdd(e.Name, e) || Models.ContainsKey(e.Name) || Spec.HandTypes.ContainsKey(e.Name))
                    throw new SpecException(area.File, e.Line, $"type {e.Name} is declared twice");
            foreach (var api in area.Apis)
            {
                if (!Apis.TryAdd(api.Name, api)) throw new SpecException(area.File, api.Line, $"API class {api.Name} is declared twice");
                foreach (var access in api.Access)
                {
                    if (!ByAccess.TryAdd(access.Path, (api, access)))
                        throw new SpecException(area.File, api.Line, $"access path {access.Path} is used twice");
                    if (api.OwnerKind && (access.Owner is null || !Owners.ContainsKey(access.Owner)))
                        throw new SpecException(area.File, api.Line, $"{api.Name} at {access.Path} needs an owner: one of {string.Join(", ", Owners.Keys)}");
                }
            }
        }
        foreach (var area in Areas)
        {
            foreach (var model in area.Models)
            {
                foreach (string set in model.Include)
                    if (!Spec.PropSets.ContainsKey(set)) throw new SpecException(area.File, model.Line, $"unknown property set {set}");
                foreach (var prop in AllProps(model)) CheckType(area, model.Line, prop.Type);
                if (model.Base is not null) CheckType(area, model.Line, model.Base);
            }
            foreach (var api in area.Apis)
            {
                // a parent that is not described (yet) wires its children by hand
                foreach (var member in api.Members)
                {
                    foreach (var p in member.Params) CheckType(area, member.Line, p.BareType);
                    if (member.Returns.Kind != ReturnKind.Void) CheckType(area, member.Line, member.Returns.Type);
                    if (member.Owners is { } kinds)
                    {
                        if (!api.OwnerKind) throw new SpecException(area.File, member.Line, $"{member.Name}: owners: in a class without owner kind");
                        foreach (string kind in kinds.Where(k => api.Access.All(a => a.Owner != k)))
                            throw new SpecException(area.File, member.Line, $"{member.Name}: {api.Name} hangs at no place of owner kind {kind}");
                    }
                    if (member.Path.StartsWith('@') && !api.OwnerKind)
                        throw new SpecException(area.File, member.Line, $"{member.Name}: an owner path (@...) in a class without owner kind");
                    foreach (string? name in new[] { member.Example, member.RequestExample, member.Seed })
                        if (name is not null && !File.Exists(ExamplePath(name)))
                            throw new SpecException(area.File, member.Line, $"example {name} not found at tools/api/examples/{name}.json");
                }
            }
        }
    }

    /// <summary>
    /// The owner kinds that get a class of their own for <paramref name="api"/> (<c>PersonMonitoringApi</c>): those with
    /// members other kinds do not have. Such a class hangs only below a parent of one owner kind (the root of people,
    /// workspaces or virtual lines), which constructs it for that kind.
    /// </summary>
    public List<string> OwnerClasses(ApiSpec api) =>
        api.Access.Select(a => a.Owner).OfType<string>().Distinct()
            .Where(kind => api.Members.Any(m => m.Owners is { } kinds && kinds.Contains(kind))).ToList();

    /// <summary>The class a place exposes: the owner kind's own class where it has one, else the shared class.</summary>
    public string TypeAt(ApiSpec api, AccessSpec access)
    {
        if (access.Owner is null || !OwnerClasses(api).Contains(access.Owner)) return api.Name;
        if (access.ParentPath is { } parent && ByAccess.TryGetValue(parent, out var p) && p.Api.OwnerKind
            && p.Api.Access.Select(a => a.Owner).Distinct().Count() > 1)
            throw new SpecException(api.Area.File, api.Line,
                $"{api.Name} has members of some owner kinds only, so it cannot hang below {p.Api.Name}, which serves several kinds");
        return access.Owner + api.Name;
    }

    public string ExamplePath(string name) => Path.Combine(ApiDir, "examples", name + ".json");

    public string? ExampleText(string? name) => name is null ? null : File.ReadAllText(ExamplePath(name)).ReplaceLineEndings("\n").Trim();

    /// <summary>A model's properties, those of its property sets first.</summary>
    public IEnumerable<PropSpec> AllProps(ModelSpec model) =>
        model.Include.SelectMany(set => Spec.PropSets[set]).Concat(model.Props);

    void CheckType(AreaSpec area, int line, string type)
    {
        foreach (string name in TypeNames(type))
            if (!IsScalar(name) && !Models.ContainsKey(name) && !Enums.ContainsKey(name) && !Spec.HandTypes.ContainsKey(name))
                throw new SpecException(area.File, line, $"unknown type {name} (declare it, or list a hand-written type in glossary.yml handTypes)");
    }

    static bool IsScalar(string name) => name is "string" or "bool" or "int" or "long" or "double" or "decimal" or "DateTimeOffset"
        or "DateOnly" or "TimeOnly" or "TimeSpan" or "JsonElement" or "JsonObject" or "JsonNode" or "object" or "Stream" or "byte[]";

    /// <summary>The simple type names in a description type (<c>list&lt;Agent&gt;</c> -> Agent).</summary>
    public static IEnumerable<string> TypeNames(string type)
    {
        foreach (string part in type.Replace("?", "").Split(['<', '>', ',', ' '], StringSplitOptions.RemoveEmptyEntries))
            if (part is not ("list" or "IEnumerable" or "IReadOnlyList" or "map")) yield return part;
    }

    /// <summary>The namespace of a type the descriptions name, or null for built-in ones.</summary>
    public string? NamespaceOf(string name) =>
        Models.TryGetValue(name, out var m) ? m.Area.Namespace
        : Enums.TryGetValue(name, out var e) ? e.Area.Namespace
        : Spec.HandTypes.TryGetValue(name, out var ns) ? ns
        : null;

    public bool IsEnum(string type) => Enums.ContainsKey(type.TrimEnd('?'));

    public bool IsModel(string type) => Models.ContainsKey(type.TrimEnd('?'));

    /// <summary>A model property's C# type: lists are read-only lists, everything is nullable unless required.</summary>
    public static string PropType(PropSpec prop)
    {
        string t = CSharpType(prop.Type);
        return prop.Required || t.EndsWith('?') ? t : t + "?";
    }

    /// <summary>A description type in C# (<c>list&lt;X&gt;</c> -> <c>IReadOnlyList&lt;X&gt;</c>).</summary>
    public static string CSharpType(string type)
    {
        string t = type.Trim();
        if (t.StartsWith("list<", StringComparison.Ordinal)) return "IReadOnlyList<" + CSharpType(t[5..t.LastIndexOf('>')]) + ">" + (t.EndsWith('?') ? "?" : "");
        if (t.StartsWith("map<", StringComparison.Ordinal)) return "IReadOnlyDictionary<string, " + CSharpType(t[4..t.LastIndexOf('>')]) + ">" + (t.EndsWith('?') ? "?" : "");
        return t;
    }

    /// <summary>A parameter's C# type: <c>list&lt;X&gt;</c> is accepted as any sequence.</summary>
    public static string ParamType(string type)
    {
        string t = type.Trim();
        if (t.StartsWith("list<", StringComparison.Ordinal)) return "IEnumerable<" + CSharpType(t[5..t.LastIndexOf('>')]) + ">" + (t.EndsWith('?') ? "?" : "");
        return CSharpType(t);
    }

    /// <summary>Every place an API class hangs, root first, in the order the descriptions list them.</summary>
    public IEnumerable<(ApiSpec Api, AccessSpec Access)> Placements() =>
        Areas.SelectMany(a => a.Apis).SelectMany(api => api.Access.Select(acc => (api, acc)));

    /// <summary>The owner kind the API class has at an access path (inherited from the nearest parent that names one).</summary>
    public string? OwnerAt(AccessSpec access) => access.Owner;

    /// <summary>
    /// The wire paths a body built from <paramref name="model"/> leaves out because the model marks them read-only,
    /// nested models and list items included (<c>agents[].joinEnabled</c>).
    /// </summary>
    public List<string> ReadOnlyPaths(string model)
    {
        var paths = new List<string>();
        Collect(model, "", [], paths);
        return paths;
    }

    /// <summary>
    /// Every wire path a body or answer of <paramref name="model"/> can carry (<c>a</c>, <c>a.b</c>, <c>list[].c</c>);
    /// below a property whose type the descriptions do not spell out (a hand-written type, a map) anything goes, written
    /// <c>a.*</c>.
    /// </summary>
    public List<string> FieldPaths(string model)
    {
        var paths = new List<string>();
        Fields(model, "", [], paths);
        return paths;
    }

    void Fields(string type, string prefix, HashSet<string> seen, List<string> into)
    {
        if (!Models.TryGetValue(type.TrimEnd('?'), out var model)) { into.Add(prefix + "*"); return; }
        if (!seen.Add(model.Name)) { into.Add(prefix + "*"); return; }
        foreach (var prop in AllProps(model))
        {
            string path = prefix + prop.WireName;
            into.Add(path);
            string t = prop.Type.TrimEnd('?');
            bool list = t.StartsWith("list<", StringComparison.Ordinal);
            if (list) t = t[5..t.LastIndexOf('>')].TrimEnd('?');
            if (IsModel(t)) Fields(t, path + (list ? "[]." : "."), seen, into);
            else if (t is "JsonElement" or "JsonObject" or "JsonNode" or "object" || !IsScalar(t) && !IsEnum(t))
                into.Add(path + (list ? "[]." : ".") + "*");
        }
        seen.Remove(model.Name);
    }

    void Collect(string type, string prefix, HashSet<string> seen, List<string> into)
    {
        if (!Models.TryGetValue(type.TrimEnd('?'), out var model) || !seen.Add(model.Name)) return;
        foreach (var prop in AllProps(model))
        {
            string path = prefix + prop.WireName;
            if (prop.ReadOnly) { into.Add(path); continue; }
            string t = prop.Type.TrimEnd('?');
            if (t.StartsWith("list<", StringComparison.Ordinal)) Collect(t[5..t.LastIndexOf('>')], path + "[].", seen, into);
            else Collect(t, path + ".", seen, into);
        }
        seen.Remove(model.Name);
    }
}
