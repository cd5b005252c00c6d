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
        foreach (var (path, to) in rules.Rename) Apply(node, path, 0, remove: false, to);
        return rules.Wrap is null ? node : new JsonObject { [rules.Wrap] = node };
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
