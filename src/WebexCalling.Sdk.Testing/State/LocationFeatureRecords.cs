using System.Text.Json.Nodes;

namespace WebexCalling.Sdk.Testing.State;

/// <summary>
/// A feature of a location kept by hand-written routes (call park, call park extension, pickup group, paging group,
/// voicemail group): its id, its fields as the details answer shows them, and its members as people.
/// </summary>
internal sealed class LocationFeatureRecord(string kind, string id, LocationRecord location)
{
    /// <summary>The resource type of the id (<c>CALL_PARK</c>, <c>PAGING_GROUP</c>, ...).</summary>
    public string Kind { get; } = kind;

    /// <summary>The id; call parks and pickup groups derive it from the name, so a rename changes it.</summary>
    public string Id { get; set; } = id;

    public LocationRecord Location { get; } = location;

    /// <summary>The scalar and nested fields the details answer shows (no id, no member lists).</summary>
    public JsonObject Body { get; set; } = [];

    /// <summary>Member lists by their wire name (<c>agents</c>, <c>originators</c>, <c>targets</c>), in the order set.</summary>
    public Dictionary<string, List<PersonRecord>> Members { get; } = new(StringComparer.Ordinal);

    /// <summary>A call park's extensions, in the order set.</summary>
    public List<LocationFeatureRecord> Extensions { get; } = [];

    /// <summary>Write-only secrets (a voicemail group's passcode): kept, never answered.</summary>
    public string? Secret { get; set; }

    public string? Name => Body["name"] is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    public string? Extension => Text("extension");

    public string? PhoneNumber => Text("phoneNumber");

    public IEnumerable<PersonRecord> AllMembers => Members.Values.SelectMany(m => m);

    private string? Text(string name) => Body[name] is JsonValue v ? v.ToString() : null;
}

/// <summary>The hand-kept location features, by kind, in creation order; and each location's call park settings.</summary>
internal sealed class LocationFeatureStore
{
    private readonly Dictionary<string, List<LocationFeatureRecord>> _items = new(StringComparer.Ordinal);

    public List<LocationFeatureRecord> Items(string kind)
    {
        if (!_items.TryGetValue(kind, out var items)) _items[kind] = items = [];
        return items;
    }

    public IEnumerable<LocationFeatureRecord> All => _items.Values.SelectMany(i => i);

    /// <summary>Changed call park settings by location.</summary>
    public Dictionary<Guid, JsonObject> CallParkSettings { get; } = [];
}
