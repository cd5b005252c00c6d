using System.Text.Json.Nodes;

namespace WebexCalling.Sdk.Testing.State;

/// <summary>
/// The person settings of every person: one JSON document per (person, feature) for the plain GET/PUT settings, and
/// ordered collections of JSON items with ids (criteria, schedules, digit patterns, numbers, ...) per (person, kind).
/// A person who never changed a setting has no document: the GET answers the feature's default. Use under the state lock.
/// </summary>
internal sealed class PersonSettingsStore
{
    private readonly Dictionary<(Guid Person, string Feature), JsonObject> _settings = [];
    private readonly Dictionary<(Guid Person, string Kind), OrderedDictionary<string, JsonObject>> _collections = [];

    /// <summary>The person's stored document of a feature, or null when it was never changed.</summary>
    public JsonObject? Find(Guid person, string feature) => _settings.GetValueOrDefault((person, feature));

    public void Save(Guid person, string feature, JsonObject document) => _settings[(person, feature)] = document;

    public void Reset(Guid person, string feature) => _settings.Remove((person, feature));

    /// <summary>The person's items of a kind (created empty on first use), keyed by id, in creation order.</summary>
    public OrderedDictionary<string, JsonObject> Items(Guid person, string kind)
    {
        if (!_collections.TryGetValue((person, kind), out var items)) _collections[(person, kind)] = items = [];
        return items;
    }

    /// <summary>Forgets every document and collection of an owner (a workspace that lost Webex Calling, a deleted virtual line).</summary>
    public void RemoveOwner(Guid owner)
    {
        foreach (var key in _settings.Keys.Where(k => k.Person == owner).ToList()) _settings.Remove(key);
        foreach (var key in _collections.Keys.Where(k => k.Person == owner).ToList()) _collections.Remove(key);
    }
}
