using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace WebexCalling.Sdk.Generator;

/// <summary>A mistake in a description, with the file and line it is on.</summary>
sealed class SpecException(string file, int line, string message) : Exception($"{file}:{line}: {message}");

/// <summary>Reads tools/api: owners.yml, glossary.yml and one file per area; checks what can be checked alone.</summary>
sealed partial class SpecReader
{
    static readonly HashSet<string> Verbs = ["GET", "POST", "PUT", "PATCH", "DELETE"];
    static readonly HashSet<string> Scalars =
        ["string", "bool", "int", "long", "double", "decimal", "DateTimeOffset", "DateOnly", "TimeOnly", "TimeSpan", "JsonElement", "JsonObject", "JsonNode", "object"];

    public List<AreaSpec> Areas { get; } = [];
    public List<OwnerSpec> Owners { get; } = [];
    public Dictionary<string, string> Glossary { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<PropSpec>> PropSets { get; } = new(StringComparer.Ordinal);
    /// <summary>Hand-written types the descriptions may name (tools/api/glossary.yml <c>handTypes</c>): name -> namespace.</summary>
    public Dictionary<string, string> HandTypes { get; } = new(StringComparer.Ordinal);

    string _file = "";

    public static SpecReader Read(string apiDir)
    {
        var reader = new SpecReader();
        reader.ReadGlossary(Path.Combine(apiDir, "glossary.yml"));
        reader.ReadOwners(Path.Combine(apiDir, "owners.yml"));
        foreach (string file in Directory.GetFiles(apiDir, "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(file);
            if (name is "glossary.yml" or "owners.yml") continue;
            reader.ReadArea(file, Path.GetRelativePath(apiDir, file).Replace('\\', '/'));
        }
        reader.JoinPartials();
        return reader;
    }

    /// <summary>
    /// The members of a <c>partial: true</c> entry join the class of the same name that another file of the same
    /// namespace describes (the entry's own summary, places and scopes then count for nothing); while no other file
    /// describes the class, the first partial entry is the class and the others join it.
    /// </summary>
    void JoinPartials()
    {
        var apis = Areas.SelectMany(a => a.Apis).ToList();
        foreach (var group in apis.GroupBy(a => (a.Area.Folder, a.Name)))
        {
            var all = group.ToList();
            if (all.Count == 1 || all.Count(a => !a.Partial) > 1) continue; // two full descriptions: Surface reports it
            var main = all.FirstOrDefault(a => !a.Partial) ?? all[0];
            foreach (var part in all.Where(a => a != main))
            {
                foreach (var member in part.Members)
                {
                    if (main.Members.Any(x => x.Name == member.Name))
                        throw new SpecException(part.Area.File, member.Line, $"{main.Name}.{member.Name} is described twice");
                    member.Api = main;
                    main.Members.Add(member);
                }
                part.Area.Apis.Remove(part);
            }
        }
    }

    static YamlMappingNode Load(string file)
    {
        var stream = new YamlStream();
        using (var text = File.OpenText(file)) stream.Load(text);
        return stream.Documents.Count == 0 ? new YamlMappingNode() : (YamlMappingNode)stream.Documents[0].RootNode;
    }

    void ReadGlossary(string file)
    {
        _file = "glossary.yml";
        var root = Load(file);
        foreach (var (k, v) in Map(root, "params")) Glossary[Key(k)] = Text(v);
        foreach (var (k, v) in Map(root, "handTypes")) HandTypes[Key(k)] = Text(v);
    }

    void ReadOwners(string file)
    {
        _file = "owners.yml";
        foreach (var node in Seq(Load(file), "owners"))
        {
            var m = AsMap(node);
            var owner = new OwnerSpec
            {
                Name = Req(m, "name"), Doc = Req(m, "doc"), Features = Req(m, "features"), Config = Req(m, "config"),
                ConfigBase = Req(m, "configBase"),
            };
            foreach (var (k, v) in Map(m, "remaps")) owner.Remaps.Add((Key(k), Strings(v)));
            Owners.Add(owner);
        }
    }

    void ReadArea(string file, string relative)
    {
        _file = relative;
        var root = Load(file);
        string folder = Req(root, "namespace");
        var area = new AreaSpec
        {
            File = relative, Folder = folder,
            JsonContext = Opt(root, "json") ?? folder[(folder.LastIndexOf('/') + 1)..] + "Json",
        };
        if (root.Children.TryGetValue("jsonTypes", out var extra)) area.JsonTypes.AddRange(Strings(extra));
        foreach (var node in Seq(root, "propSets"))
        {
            var m = AsMap(node);
            string name = Req(m, "name");
            if (PropSets.ContainsKey(name)) throw Error(node, $"property set {name} is declared twice");
            PropSets[name] = Seq(m, "props").Select(ReadProp).ToList();
        }
        foreach (var node in Seq(root, "apis")) area.Apis.Add(ReadApi(area, AsMap(node)));
        foreach (var node in Seq(root, "models")) area.Models.Add(ReadModel(area, AsMap(node)));
        foreach (var node in Seq(root, "enums")) area.Enums.Add(ReadEnum(area, AsMap(node)));
        Known(root, "namespace", "json", "jsonTypes", "propSets", "apis", "models", "enums");
        Areas.Add(area);
    }

    ApiSpec ReadApi(AreaSpec area, YamlMappingNode m)
    {
        var api = new ApiSpec
        {
            Area = area, Name = Req(m, "class"), Summary = Req(m, "summary"), Line = Line(m),
            Wxc = Opt(m, "wxc"), Base = Opt(m, "base") ?? "ApiChild", BaseArgs = Opt(m, "baseArgs"),
            Remarks = Opt(m, "remarks"), HandCtor = Flag(m, "handCtor"), CtorParams = Opt(m, "ctorParams"),
            OwnerBase = Flag(m, "ownerBase"), Sim = Opt(m, "sim") == "generated", Partial = Flag(m, "partial"),
        };
        foreach (var node in Seq(m, "access"))
        {
            if (node is YamlScalarNode s) { api.Access.Add(new AccessSpec { Path = s.Value! }); continue; }
            foreach (var (k, v) in AsMap(node).Children)
            {
                var spec = v as YamlMappingNode;
                var place = new AccessSpec
                {
                    Path = Key(k), Owner = spec is null ? null : Opt(spec, "owner"), Args = spec is null ? null : Opt(spec, "args"),
                    Doc = spec is null ? Text(v) : Opt(spec, "doc"), Wxc = spec is null ? null : Opt(spec, "wxc"),
                    Sim = spec is null || Opt(spec, "sim") is not { } sim ? null : sim == "generated",
                };
                if (spec is not null)
                    foreach (var (member, rules) in Map(spec, "send"))
                    {
                        var rm = AsMap(rules);
                        var omit = rm.Children.TryGetValue("omit", out var o) ? Strings(o) : [];
                        var rename = Map(rm, "rename").Select(kv => (Key(kv.Item1), Text(kv.Item2))).ToList();
                        Known(rm, "omit", "rename");
                        place.Send[Key(member)] = (omit, rename);
                    }
                api.Access.Add(place);
            }
        }
        if (m.Children.TryGetValue("scopes", out var scopes))
        {
            var sm = AsMap(scopes);
            api.ReadScope = Opt(sm, "read");
            api.WriteScope = Opt(sm, "write");
        }
        foreach (var node in Seq(m, "members")) api.Members.Add(ReadMember(api, AsMap(node)));
        Known(m, "class", "summary", "wxc", "base", "baseArgs", "remarks", "handCtor", "ctorParams", "ownerBase", "access", "scopes", "members", "sim", "partial");
        return api;
    }

    MemberSpec ReadMember(ApiSpec api, YamlMappingNode m)
    {
        string http = Req(m, "http");
        var parts = http.Split(' ', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !Verbs.Contains(parts[0])) throw Error(m, $"http must be 'VERB path', got '{http}'");
        var member = new MemberSpec
        {
            Api = api, Name = Req(m, "name"), Wxc = Req(m, "wxc"), Verb = parts[0],
            // a trailing slash is kept: a few wxc_sdk paths end in one and the endpoint map holds the member to it
            Path = parts[1].TrimStart('/'),
            Summary = Req(m, "summary"), Line = Line(m),
            Remarks = Opt(m, "remarks"), ReturnsDoc = Opt(m, "returnsDoc"), BodyNote = Opt(m, "bodyNote"),
            Hand = Flag(m, "hand") || Flag(m, "inherited"), NoTest = Flag(m, "noTest"), SimHand = Opt(m, "sim") == "hand", Example = Opt(m, "example"), RequestExample = Opt(m, "requestExample"), Seed = Opt(m, "seed"),
        };
        if (!member.Name.EndsWith("Async", StringComparison.Ordinal)) throw Error(m, $"member {member.Name} must end in Async");
        if (Opt(m, "sim") is { } sim && sim != "hand") throw Error(m, $"a member's sim: can only be hand, got {sim}");
        if (m.Children.TryGetValue("scopes", out var scopes)) member.Scopes.AddRange(Strings(scopes));
        if (m.Children.TryGetValue("owners", out var owners)) member.Owners = Strings(owners);
        string defaultIn = Opt(m, "paramsIn") ?? "query";
        var placeholders = Placeholders(member.Path);
        foreach (var node in Seq(m, "params")) member.Params.Add(ReadParam(member, node, placeholders, defaultIn));
        foreach (string placeholder in placeholders.Where(p => !p.StartsWith(':')))
        {
            string root = placeholder.Split('.')[0];
            if (member.Params.All(p => p.Name != root)) throw Error(m, $"path placeholder {{{placeholder}}} names no parameter");
        }
        member.Returns = ReadReturns(m);
        foreach (var (k, v) in Map(m, "fill")) member.Fill.Add((Key(k), Text(v)));
        if (m.Children.TryGetValue("send", out var send))
        {
            var sm = AsMap(send);
            if (sm.Children.TryGetValue("omit", out var omit)) member.Omit.AddRange(Strings(omit));
            foreach (var (k, v) in Map(sm, "rename")) member.Rename.Add((Key(k), Text(v)));
            member.Wrap = Opt(sm, "wrap");
            foreach (var (k, v) in Map(sm, "ids")) member.Ids.Add((Key(k), Strings(v)));
            Known(sm, "omit", "rename", "wrap", "ids");
        }
        if ((member.Omit.Count > 0 || member.Rename.Count > 0 || member.Wrap is not null || member.Ids.Count > 0) && member.BodyParam is null)
            throw Error(m, "send: rules need a body parameter");
        if (member.Params.Count(p => p.In == ParamIn.Body) > 1) throw Error(m, "more than one body parameter");
        if (member.BodyParam is not null && member.FieldParams.Any()) throw Error(m, "a body parameter and field parameters");
        bool optionalSeen = false;
        foreach (var p in member.Params)
        {
            if (p.Default is not null) optionalSeen = true;
            else if (optionalSeen) throw Error(m, $"required parameter {p.Name} follows an optional one");
        }
        Known(m, "name", "wxc", "http", "summary", "remarks", "returnsDoc", "bodyNote", "hand", "inherited", "noTest", "example",
            "requestExample", "seed", "sim", "scopes", "paramsIn", "params", "returns", "items", "field", "property", "answer", "default",
            "fill", "send", "owners");
        return member;
    }

    ParamSpec ReadParam(MemberSpec member, YamlNode node, List<string> placeholders, string defaultIn)
    {
        string name;
        YamlMappingNode? spec = null;
        string? doc = null;
        if (node is YamlScalarNode s) name = s.Value!;
        else
        {
            var (k, v) = AsMap(node).Children.Single();
            name = Key(k);
            if (v is YamlMappingNode vm) spec = vm; else doc = Text(v);
        }
        string? type = spec is null ? null : Opt(spec, "type");
        string? where = spec is null ? null : Opt(spec, "in");
        bool inPath = placeholders.Any(p => p.Split('.')[0] == name && !p.Contains('.'));
        bool fromPath = placeholders.Any(p => p.Split('.')[0] == name && p.Contains('.'));
        ParamIn @in = where switch
        {
            "path" => ParamIn.Path, "query" => ParamIn.Query, "body" => ParamIn.Body, "field" => ParamIn.Field, "none" => ParamIn.None,
            null when inPath => ParamIn.Path,
            null when fromPath => ParamIn.Body,
            null when type is not null && IsModelType(type) && member.Verb is "PUT" or "POST" or "PATCH" => ParamIn.Body,
            null => defaultIn == "field" ? ParamIn.Field : ParamIn.Query,
            _ => throw Error(node, $"in: must be path, query, body, field or none, got {where}"),
        };
        type ??= @in switch { ParamIn.Path => "string", _ => "string?" };
        var p = new ParamSpec
        {
            Name = name, Type = type, In = @in, Doc = doc ?? (spec is null ? null : Opt(spec, "doc")),
            Wire = spec is null ? null : Opt(spec, "wire"), Send = spec is null ? null : Opt(spec, "send"),
            Required = spec is not null && Flag(spec, "required"), AsString = spec is not null && Flag(spec, "asString"), Sample = spec is null ? null : Opt(spec, "sample"),
        };
        // default: none keeps a nullable parameter without a default (the caller must say null)
        p.Default = spec is not null && spec.Children.ContainsKey("default")
            ? Opt(spec, "default") is "none" ? null : Opt(spec, "default") ?? "null"
            : p.Nullable ? "null" : null;
        p.SendNull = spec is not null && Flag(spec, "sendNull");
        p.Doc ??= Glossary.GetValueOrDefault(p.In == ParamIn.Path ? name + "@path" : name) ?? Glossary.GetValueOrDefault(name);
        if (p.Doc is null) throw Error(node, $"parameter {name} has no doc and the glossary has none");
        if (spec is not null) Known(spec, "type", "in", "doc", "wire", "send", "required", "asString", "sendNull", "sample", "default");
        return p;
    }

    ReturnSpec ReadReturns(YamlMappingNode m)
    {
        string? text = Opt(m, "returns");
        if (text is null or "void") return ReturnSpec.Void;
        string? field = Opt(m, "field");
        string? property = Opt(m, "property");
        if (text.StartsWith("stream ", StringComparison.Ordinal))
            return new ReturnSpec { Kind = ReturnKind.Stream, Type = text[7..].Trim(), Key = Opt(m, "items") ?? "items" };
        if (text == "id") return new ReturnSpec { Kind = ReturnKind.Id, Type = "string" };
        if (text.StartsWith("list ", StringComparison.Ordinal))
            return new ReturnSpec { Kind = ReturnKind.FieldList, Type = text[5..].Trim(), Key = field ?? throw Error(m, "a list return needs field:") };
        if (field is not null) return new ReturnSpec { Kind = ReturnKind.FieldObject, Type = text, Key = field, Default = Opt(m, "default") };
        if (property is not null)
            return new ReturnSpec
            {
                Kind = ReturnKind.Property, Type = text, Key = property, Answer = Opt(m, "answer") ?? throw Error(m, "property: needs answer:"),
                Default = Opt(m, "default"),
            };
        return new ReturnSpec { Kind = ReturnKind.Model, Type = text };
    }

    ModelSpec ReadModel(AreaSpec area, YamlMappingNode m)
    {
        var model = new ModelSpec { Area = area, Name = Req(m, "name"), Doc = Req(m, "doc"), Line = Line(m), Remarks = Opt(m, "remarks"), Base = Opt(m, "base") };
        if (m.Children.TryGetValue("include", out var inc)) model.Include.AddRange(Strings(inc));
        model.Props.AddRange(Seq(m, "props").Select(ReadProp));
        Known(m, "name", "doc", "remarks", "include", "props", "base");
        return model;
    }

    PropSpec ReadProp(YamlNode node)
    {
        var (k, v) = AsMap(node).Children.Single();
        string name = Key(k);
        if (v is not YamlMappingNode spec) return new PropSpec { Name = name, Type = "string", Doc = Text(v) };
        Known(spec, "type", "wire", "doc", "note", "numbers", "converter", "sendNull", "readOnly", "required");
        return new PropSpec
        {
            Name = name, Type = Opt(spec, "type") ?? "string", Wire = Opt(spec, "wire"), Doc = Req(spec, "doc"), Note = Opt(spec, "note"),
            Numbers = Opt(spec, "numbers"), Converter = Opt(spec, "converter"), SendNull = Flag(spec, "sendNull"),
            ReadOnly = Flag(spec, "readOnly"), Required = Flag(spec, "required"),
        };
    }

    EnumSpec ReadEnum(AreaSpec area, YamlMappingNode m)
    {
        var spec = new EnumSpec { Area = area, Name = Req(m, "name"), Doc = Req(m, "doc"), Line = Line(m) };
        foreach (var node in Seq(m, "values"))
        {
            if (node is YamlScalarNode s) { spec.Values.Add((Naming.Pascal(s.Value!), s.Value!, null)); continue; }
            var (k, v) = AsMap(node).Children.Single();
            if (v is YamlMappingNode vm) spec.Values.Add((Key(k), Req(vm, "wire"), Opt(vm, "doc")));
            else spec.Values.Add((Key(k), Text(v), null));
        }
        Known(m, "name", "doc", "values");
        return spec;
    }

    internal static bool IsModelType(string type)
    {
        string t = type.TrimEnd('?');
        return !Scalars.Contains(t) && !t.StartsWith("list<", StringComparison.Ordinal) && !t.StartsWith("IEnumerable<", StringComparison.Ordinal)
            && !t.StartsWith("IReadOnlyList<", StringComparison.Ordinal) && !t.Contains('<');
    }

    internal static List<string> Placeholders(string path) =>
        PlaceholderPattern().Matches(path).Select(x => x.Groups[1].Value).ToList();

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex PlaceholderPattern();

    // -- YAML helpers ------------------------------------------------------------------------------------------------

    Exception Error(YamlNode node, string message) => new SpecException(_file, (int)node.Start.Line, message);

    static int Line(YamlNode node) => (int)node.Start.Line;

    YamlMappingNode AsMap(YamlNode node) => node as YamlMappingNode ?? throw Error(node, "expected a mapping");

    string Key(YamlNode node) => (node as YamlScalarNode)?.Value ?? throw Error(node, "expected a scalar key");

    string Text(YamlNode node) => (node as YamlScalarNode)?.Value?.Trim() ?? throw Error(node, "expected text");

    List<string> Strings(YamlNode node) => node switch
    {
        YamlSequenceNode seq => seq.Children.Select(Text).ToList(),
        YamlScalarNode s => [s.Value!],
        _ => throw Error(node, "expected a list"),
    };

    string Req(YamlMappingNode m, string key) =>
        Opt(m, key) ?? throw Error(m, $"'{key}' is missing");

    string? Opt(YamlMappingNode m, string key) =>
        m.Children.TryGetValue(key, out var v) ? (v is YamlScalarNode s && s.Style == YamlDotNet.Core.ScalarStyle.Plain && s.Value is "~" or "null" ? null : Text(v)) : null;

    bool Flag(YamlMappingNode m, string key) => Opt(m, key) is "true" or "yes";

    IEnumerable<YamlNode> Seq(YamlMappingNode m, string key) =>
        !m.Children.TryGetValue(key, out var v) ? [] : v as YamlSequenceNode is { } s ? s.Children : throw Error(v, $"'{key}' must be a list");

    IEnumerable<(YamlNode, YamlNode)> Map(YamlMappingNode m, string key) =>
        !m.Children.TryGetValue(key, out var v) ? [] : AsMap(v).Children.Select(kv => (kv.Key, kv.Value));

    void Known(YamlMappingNode m, params string[] keys)
    {
        foreach (var key in m.Children.Keys)
            if (Array.IndexOf(keys, Key(key)) < 0) throw Error(key, $"unknown key '{Key(key)}' (known: {string.Join(", ", keys)})");
    }
}
