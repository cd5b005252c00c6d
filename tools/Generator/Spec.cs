namespace WebexCalling.Sdk.Generator;

// The endpoint descriptions (tools/api/*.yml) as the generator reads them. Every field is documented in
// docs/extending.md; SpecReader fills and checks them.

/// <summary>One description file: an area's API classes, models and wire values, all in one namespace.</summary>
sealed class AreaSpec
{
    public required string File { get; init; }
    /// <summary>Folder below src/WebexCalling.Sdk and namespace suffix, e.g. <c>Telephony/CallQueue</c>.</summary>
    public required string Folder { get; init; }
    public string Namespace => "WebexCalling.Sdk" + (Folder.Length == 0 ? "" : "." + Folder.Replace('/', '.'));
    /// <summary>The area's JSON context class.</summary>
    public required string JsonContext { get; init; }
    public List<ApiSpec> Apis { get; } = [];
    public List<ModelSpec> Models { get; } = [];
    public List<EnumSpec> Enums { get; } = [];
    /// <summary>Extra types the area's JSON context must know (lists the members return, JsonElement, ...).</summary>
    public List<string> JsonTypes { get; } = [];
}

/// <summary>A sub-API class.</summary>
sealed class ApiSpec
{
    public required AreaSpec Area { get; init; }
    public required string Name { get; init; }
    /// <summary>Where the class hangs below the root, with the owner kind or constructor arguments of each place.</summary>
    public List<AccessSpec> Access { get; } = [];
    /// <summary>wxc_sdk's attribute path of the class (<c>telephony.callqueue</c>), for docs/coverage.md.</summary>
    public string? Wxc { get; set; }
    /// <summary><c>ApiChild</c>, <c>SettingsApiChild</c> (settings shared by owner kinds) or a hand-written base.</summary>
    public string Base { get; set; } = "ApiChild";
    /// <summary>Arguments of the base constructor after the session (and owner), as C#.</summary>
    public string? BaseArgs { get; set; }
    public bool OwnerKind => Base == "SettingsApiChild" || OwnerBase;
    /// <summary>A hand-written base that itself takes the owner kind.</summary>
    public bool OwnerBase { get; set; }
    /// <summary>The simulator serves the class's plain resources from SimulatorRoutes.g.cs (<c>sim: generated</c>).</summary>
    public bool Sim { get; set; }
    /// <summary>The hand partial writes the constructors (the generator writes only members).</summary>
    public bool HandCtor { get; set; }
    /// <summary>Members for a class another file of the same namespace describes (<c>partial: true</c>): they join that
    /// class; while no other file describes it, this entry is the class.</summary>
    public bool Partial { get; set; }
    /// <summary>Constructor parameters beyond session (and owner), as C# (<c>string feature</c>), passed on by parents.</summary>
    public string? CtorParams { get; set; }
    public required string Summary { get; init; }
    public string? Remarks { get; set; }
    public string? ReadScope { get; set; }
    public string? WriteScope { get; set; }
    public List<MemberSpec> Members { get; } = [];
    public int Line { get; init; }
}

/// <summary>One place of an API class in the tree: <c>Telephony.CallQueue.Forwarding</c> with its arguments.</summary>
sealed class AccessSpec
{
    public required string Path { get; init; }
    public string? Owner { get; init; }
    public string? Args { get; init; }
    public string? Doc { get; init; }
    /// <summary>wxc_sdk's attribute path at this place (<c>person_settings.dnd</c>); default: the class's, else snake_case.</summary>
    public string? Wxc { get; init; }
    /// <summary>Per member, what its body leaves out and renames at this place instead of the member's own rules
    /// (the same endpoints of another feature whose schema names a field differently).</summary>
    public Dictionary<string, (List<string> Omit, List<(string From, string To)> Rename)> Send { get; } = new(StringComparer.Ordinal);
    /// <summary>Whether the simulator serves this place from the description; null: as the class says.</summary>
    public bool? Sim { get; init; }
    public string Property => Path[(Path.LastIndexOf('.') + 1)..];
    public string? ParentPath => Path.Contains('.') ? Path[..Path.LastIndexOf('.')] : null;
}

enum ParamIn { Path, Query, Body, Field, None }

sealed class ParamSpec
{
    public required string Name { get; init; }
    /// <summary>C# type as written in the signature, nullability included.</summary>
    public required string Type { get; set; }
    public ParamIn In { get; set; }
    /// <summary>The query or body field name on the wire (may be dotted for nested body fields).</summary>
    public string? Wire { get; set; }
    public string? Doc { get; set; }
    /// <summary>C# default value; null: none (required), "null" for nullable ones.</summary>
    public string? Default { get; set; }
    /// <summary>Query: send only when true (<c>ifTrue</c>).</summary>
    public string? Send { get; set; }
    /// <summary>A required string: null or empty throws before any request.</summary>
    public bool Required { get; set; }
    /// <summary>A field sent as an explicit null when null (Webex reads a missing field as "unchanged").</summary>
    public bool SendNull { get; set; }
    /// <summary>A number sent as a JSON string (Webex's latitude and longitude).</summary>
    public bool AsString { get; set; }
    /// <summary>A sample value for the generated request test, as C#, with its wire text.</summary>
    public string? Sample { get; set; }
    public string WireName => Wire ?? Name;
    public bool Nullable => Type.EndsWith('?');
    public string BareType => Type.TrimEnd('?');
}

sealed class MemberSpec
{
    /// <summary>The class the member belongs to (for a <c>partial: true</c> entry, the class it joins).</summary>
    public required ApiSpec Api { get; set; }
    public required string Name { get; init; }
    public required string Wxc { get; init; }
    public required string Verb { get; init; }
    /// <summary>The path below the base URL, placeholders in braces (<c>locations/{locationId}</c>); owner-kind paths
    /// start with <c>@features/</c> or <c>@config/</c>.</summary>
    public required string Path { get; init; }
    public required string Summary { get; init; }
    public string? Remarks { get; set; }
    public string? ReturnsDoc { get; set; }
    public List<string> Scopes { get; } = [];
    public List<ParamSpec> Params { get; } = [];
    public ReturnSpec Returns { get; set; } = ReturnSpec.Void;
    /// <summary>Answer properties set from parameters after the read: <c>LocationId: locationId</c>.</summary>
    public List<(string Property, string Value)> Fill { get; } = [];
    /// <summary>What an update leaves out of the body (wire paths, <c>a.b</c>, <c>list[].c</c>).</summary>
    public List<string> Omit { get; } = [];
    /// <summary>Wire paths sent under another name: <c>callParkNotificationEnabled: enableCallParkNotification</c>.</summary>
    public List<(string From, string To)> Rename { get; } = [];
    /// <summary>The body is the model inside an object under this name: <c>{"callForwarding": {...}}</c>.</summary>
    public string? Wrap { get; set; }
    /// <summary>Lists sent as ids: each item of the list (a wire path) becomes the first of its id paths that has a string,
    /// <c>monitoringAgents: [id]</c>.</summary>
    public List<(string List, List<string> Id)> Ids { get; } = [];
    /// <summary>Why the body sends a name the request schema lacks, one line.</summary>
    public string? BodyNote { get; set; }
    /// <summary>Written by hand in the partial class (or inherited): the generator writes its test and docs only.</summary>
    public bool Hand { get; set; }
    /// <summary>No generated request test (the hand-written tests cover it, e.g. multipart uploads).</summary>
    public bool NoTest { get; set; }
    /// <summary>The simulator serves it from hand-written routes (<c>sim: hand</c>), though its class says <c>sim: generated</c>.</summary>
    public bool SimHand { get; set; }
    /// <summary>The owner kinds Webex offers the member for (<c>owners: [Person]</c>); null: every kind its class hangs at.
    /// At a place of another kind the member is not exposed: it sits in the class of each kind that has it
    /// (<c>PersonMonitoringApi</c>), derived from the shared one.</summary>
    public List<string>? Owners { get; set; }
    /// <summary>Whether the member is exposed at a place.</summary>
    public bool OfferedAt(AccessSpec access) => Owners is null || access.Owner is not null && Owners.Contains(access.Owner);
    /// <summary>Sample of the official example answer (tools/api/examples/NAME.json).</summary>
    public string? Example { get; set; }
    /// <summary>What the simulator's document holds before any change, when not the official example (a new user's
    /// defaults, tools/api/examples/NAME.json).</summary>
    public string? Seed { get; set; }
    /// <summary>Sample of the official example request body (tools/api/examples/NAME.json).</summary>
    public string? RequestExample { get; set; }
    /// <summary>Status the test's transport answers with (default 200 with the example or {}, 204 without a result).</summary>
    public int Line { get; init; }
    public ParamSpec? BodyParam => Params.FirstOrDefault(p => p.In == ParamIn.Body);
    public IEnumerable<ParamSpec> FieldParams => Params.Where(p => p.In == ParamIn.Field);
    public IEnumerable<ParamSpec> QueryParams => Params.Where(p => p.In == ParamIn.Query);
    public string FullName(AccessSpec access) => "api." + access.Path + "." + Name;
}

enum ReturnKind { Void, Model, Stream, Id, FieldObject, FieldList, Property }

sealed class ReturnSpec
{
    public static readonly ReturnSpec Void = new() { Kind = ReturnKind.Void };
    public ReturnKind Kind { get; init; }
    /// <summary>The C# type returned (item type for streams and lists).</summary>
    public string Type { get; init; } = "";
    /// <summary>Items key of a stream, answer field of FieldObject/FieldList, property of Property.</summary>
    public string? Key { get; init; }
    /// <summary>For Property: the answer's model; for FieldObject/FieldList: none.</summary>
    public string? Answer { get; init; }
    /// <summary>For Property: the value when the answer leaves it out.</summary>
    public string? Default { get; init; }

    public string CSharp => Kind switch
    {
        ReturnKind.Void => "Task",
        ReturnKind.Stream => $"IAsyncEnumerable<{Type}>",
        ReturnKind.Id => "Task<string>",
        ReturnKind.FieldList => $"Task<IReadOnlyList<{Type}>>",
        _ => $"Task<{Type}>",
    };
}

sealed class ModelSpec
{
    public required AreaSpec Area { get; init; }
    public required string Name { get; init; }
    public required string Doc { get; init; }
    public List<PropSpec> Props { get; } = [];
    /// <summary>Property sets (tools/api/*.yml <c>propSets</c>) whose properties come first.</summary>
    public List<string> Include { get; } = [];
    /// <summary>Generic type parameters (<c>T</c>), for a shared shape.</summary>
    public string? Remarks { get; set; }
    /// <summary>A hand-written base record the model derives from (<c>WebhookEventData</c>), or null.</summary>
    public string? Base { get; set; }
    public int Line { get; init; }
}

sealed class PropSpec
{
    public required string Name { get; init; }
    public required string Type { get; init; }
    public string? Wire { get; init; }
    public required string Doc { get; init; }
    /// <summary>Why the wire name differs from wxc_sdk's or the reference's, one line (a comment in the code).</summary>
    public string? Note { get; init; }
    /// <summary><c>string</c>: numbers read from and written as strings.</summary>
    public string? Numbers { get; init; }
    /// <summary>A converter type name.</summary>
    public string? Converter { get; init; }
    /// <summary>Written as an explicit null when null (<c>JsonIgnore(Condition = Never)</c>).</summary>
    public bool SendNull { get; init; }
    /// <summary>The server owns it: never sent in a body.</summary>
    public bool ReadOnly { get; init; }
    public bool Required { get; init; }
    public string WireName => Wire ?? char.ToLowerInvariant(Name[0]) + Name[1..];
}

sealed class EnumSpec
{
    public required AreaSpec Area { get; init; }
    public required string Name { get; init; }
    public required string Doc { get; init; }
    public List<(string Name, string Wire, string? Doc)> Values { get; } = [];
    public int Line { get; init; }
}

/// <summary>How one owner kind's settings URLs are built (tools/api/owners.yml).</summary>
sealed class OwnerSpec
{
    public required string Name { get; init; }
    public required string Doc { get; init; }
    /// <summary>Template of the feature root, <c>people/{id}/features</c>.</summary>
    public required string Features { get; init; }
    /// <summary>Template of the telephony configuration root, <c>telephony/config/people/{id}</c>.</summary>
    public required string Config { get; init; }
    /// <summary>The base for endpoints that take no entity id, <c>telephony/config/people</c>.</summary>
    public required string ConfigBase { get; init; }
    /// <summary>Features served below another root: root template -> feature names.</summary>
    public List<(string Root, List<string> Features)> Remaps { get; } = [];
    /// <summary>The id the generated tests use for this owner.</summary>
    public string SampleId => "id-" + Name.ToLowerInvariant();
}
