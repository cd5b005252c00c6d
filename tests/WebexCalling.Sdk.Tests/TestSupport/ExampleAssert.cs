using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Tests.TestSupport;

/// <summary>
/// Holds an SDK result against an official example answer: every leaf value of the example must reappear, at the same
/// place, in a typed property of the result (not in an ExtensionData bag), so a misspelt or missing field fails.
/// </summary>
public static class ExampleAssert
{
    private static readonly JsonSerializerOptions TypedOnly = new(WebexJson.Default.Options)
    {
        TypeInfoResolver = ((IJsonTypeInfoResolver)WebexJson.Default).WithAddedModifier(DropExtensionData),
    };

    /// <param name="example">The example answer.</param>
    /// <param name="result">What the member returned.</param>
    /// <param name="items">For a list: the answer's items key; the result is its first item.</param>
    /// <param name="field">For a member that returns one field of the answer: that field.</param>
    /// <param name="except">Top-level fields the member sets itself (from its arguments).</param>
    public static void Typed(string example, object? result, string? items = null, string? field = null, string[]? except = null)
    {
        JsonNode? want = JsonNode.Parse(example);
        if (items is not null) want = want?[items] is JsonArray arr && arr.Count > 0 ? arr[0] : null;
        if (field is not null) want = want?[field];
        if (want is JsonObject obj && except is not null)
            foreach (string name in except) obj.Remove(name);
        // a list a member returns is a List<T> at run time, which the context has no metadata for: its items have
        JsonNode? have = result is System.Collections.IList list && result.GetType().IsGenericType
            ? new JsonArray([.. list.Cast<object?>().Select(Serialize)])
            : Serialize(result);
        var expected = new Dictionary<string, string>();
        Flatten(want, "", expected);
        var actual = new Dictionary<string, string>();
        Flatten(have, "", actual);
        var lost = expected.Where(kv => !actual.TryGetValue(kv.Key, out var v) || !JsonAssert.SameValue(kv.Value, v))
            .Select(kv => $"{kv.Key.TrimStart('.')} = {kv.Value}").ToList();
        Assert.True(lost.Count == 0, "example values not in a typed property: " + string.Join(", ", lost));
    }

    private static JsonNode? Serialize(object? value) =>
        value is null ? null : JsonSerializer.SerializeToNode(value, value.GetType(), TypedOnly);

    private static void DropExtensionData(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object) return;
        for (int i = info.Properties.Count - 1; i >= 0; i--)
            if (info.Properties[i].IsExtensionData) info.Properties.RemoveAt(i);
    }

    private static void Flatten(JsonNode? node, string path, Dictionary<string, string> into)
    {
        switch (node)
        {
            case null: return;
            case JsonObject o: foreach (var (k, v) in o) Flatten(v, path + "." + k, into); break;
            case JsonArray a: for (int i = 0; i < a.Count; i++) Flatten(a[i], $"{path}[{i}]", into); break;
            default:
                into[path] = node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();
                break;
        }
    }
}
