using System.Text.Json.Nodes;

namespace WebexCalling.Sdk.Testing.Resources;

/// <summary>One item of a generated collection: its id, the ids of the path it was created under, and its JSON.</summary>
internal sealed record ResourceItem(string Id, IReadOnlyDictionary<string, string> Parents, JsonObject Body)
{
    /// <summary>The item's own path: the collection's path with the parents filled in, then the id.</summary>
    public required string ItemPath { get; init; }
}

/// <summary>The state behind the generated routes: changed documents by their resolved path, items by collection.</summary>
internal sealed class ResourceStore
{
    private readonly Dictionary<string, JsonObject> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OrderedDictionary<string, ResourceItem>> _collections = new(StringComparer.Ordinal);

    public JsonObject? Document(string path) => _documents.GetValueOrDefault(path);

    public void Save(string path, JsonObject document) => _documents[path] = document;

    public OrderedDictionary<string, ResourceItem> Items(string collection)
    {
        if (!_collections.TryGetValue(collection, out var items)) _collections[collection] = items = [];
        return items;
    }

    /// <summary>Removes what a deleted location held: items created under it and documents below its paths.</summary>
    public void RemoveLocation(string locationId)
    {
        string segment = "/locations/" + Uri.EscapeDataString(locationId) + "/";
        foreach (string key in _documents.Keys.Where(k => k.Contains(segment, StringComparison.Ordinal)).ToList()) _documents.Remove(key);
        foreach (var items in _collections.Values)
            foreach (var item in items.Values.Where(i => i.Parents.GetValueOrDefault("locationId") == locationId).ToList())
                items.Remove(item.Id);
    }

    /// <summary>Removes what lives below a deleted item: its documents and the items of its sub-collections.</summary>
    public void RemoveBelow(string itemPath)
    {
        string prefix = itemPath + "/";
        foreach (string key in _documents.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList()) _documents.Remove(key);
        foreach (var items in _collections.Values)
            foreach (var item in items.Values.Where(i => i.ItemPath.StartsWith(prefix, StringComparison.Ordinal)).ToList())
                items.Remove(item.Id);
    }

    /// <summary>
    /// Removes what an owner entity held (a workspace that lost Webex Calling or was deleted, a deleted virtual line):
    /// the documents and items below any path that names its id.
    /// </summary>
    public void RemoveOwner(string ownerId)
    {
        string segment = "/" + Uri.EscapeDataString(ownerId);
        bool Below(string path) => path.Contains(segment + "/", StringComparison.Ordinal) || path.EndsWith(segment, StringComparison.Ordinal);
        foreach (string key in _documents.Keys.Where(Below).ToList()) _documents.Remove(key);
        foreach (var items in _collections.Values)
            foreach (var item in items.Values.Where(i => Below(i.ItemPath) || i.Parents.Values.Contains(ownerId)).ToList())
                items.Remove(item.Id);
    }
}
