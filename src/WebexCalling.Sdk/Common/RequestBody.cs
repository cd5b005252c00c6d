using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace WebexCalling.Sdk.Common;

/// <summary>Turns a model into the body an endpoint takes, by its <see cref="BodyRules"/>.</summary>
internal static class RequestBody
{
    /// <summary>The model serialized by its metadata (null properties left out, unknown ones kept), then the rules applied.</summary>
    public static JsonNode Of<T>(T value, JsonTypeInfo<T> type, BodyRules rules)
    {
        var node = JsonSerializer.SerializeToNode(value, type) ?? new JsonObject();
        foreach (var path in rules.Omit) Apply(node, path, 0, remove: true, to: null);
        foreach (var (list, ids) in rules.Ids) ToIds(node, list, ids);
        foreach (var (path, to) in rules.Rename) Apply(node, path, 0, remove: false, to);
        return rules.Wrap is null ? node : new JsonObject { [rules.Wrap] = node };
    }

    private static void ToIds(JsonNode? node, string[] list, string[][] ids)
    {
        foreach (string part in list) node = node is JsonObject obj ? obj[part] : null;
        if (node is not JsonArray items) return;
        for (int i = 0; i < items.Count; i++)
            if (items[i] is JsonObject item) items[i] = IdOf(item, ids);
    }

    private static JsonValue? IdOf(JsonObject item, string[][] ids)
    {
        foreach (var path in ids)
        {
            JsonNode? at = item;
            foreach (string part in path) at = at is JsonObject obj ? obj[part] : null;
            if (at is JsonValue value && value.GetValueKind() == JsonValueKind.String) return JsonValue.Create(value.GetValue<string>());
        }
        return null;
    }

    private static void Apply(JsonNode? node, string[] path, int at, bool remove, string? to)
    {
        if (node is not JsonObject obj) return;
        string head = path[at];
        bool items = head.EndsWith("[]", StringComparison.Ordinal);
        string name = items ? head[..^2] : head;
        if (at == path.Length - 1 && !items)
        {
            if (!obj.TryGetPropertyValue(name, out var value)) return;
            obj.Remove(name);
            if (!remove && !obj.ContainsKey(to!)) obj[to!] = value;
            return;
        }
        if (items && obj[name] is JsonArray list)
        {
            foreach (var item in list) Apply(item, path, at + 1, remove, to);
            return;
        }
        Apply(obj[name], path, at + 1, remove, to);
    }
}
