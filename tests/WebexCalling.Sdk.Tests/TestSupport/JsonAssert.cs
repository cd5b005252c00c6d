using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WebexCalling.Sdk.Tests.TestSupport;

public static class JsonAssert
{
    /// <summary>Asserts that two JSON texts hold the same values (property order and whitespace aside).</summary>
    public static void Equal(string expected, string? actual)
    {
        Assert.NotNull(actual);
        var want = JsonNode.Parse(expected);
        var have = JsonNode.Parse(actual);
        Assert.True(JsonNode.DeepEquals(want, have), $"expected {want?.ToJsonString()}\n but got {have?.ToJsonString()}");
    }

    /// <summary>
    /// Equal JSON where the wire allows either form: numbers and booleans also as strings (<c>"12.93"</c>,
    /// <c>"false"</c>), timestamps compared as instants, object members in any order.
    /// </summary>
    public static void Same(string expected, string? actual)
    {
        Assert.NotNull(actual);
        var want = JsonNode.Parse(expected);
        var have = JsonNode.Parse(actual);
        Assert.True(SameNode(want, have), $"expected {want?.ToJsonString()}\n but got {have?.ToJsonString()}");
    }

    private static bool SameNode(JsonNode? a, JsonNode? b) => (a, b) switch
    {
        (null, null) => true,
        (JsonObject x, JsonObject y) => x.Count == y.Count && x.All(kv => y.TryGetPropertyValue(kv.Key, out var v) && SameNode(kv.Value, v)),
        (JsonArray x, JsonArray y) => x.Count == y.Count && x.Zip(y).All(p => SameNode(p.First, p.Second)),
        (JsonValue x, JsonValue y) => SameValue(Text(x), Text(y)),
        _ => false,
    };

    private static string Text(JsonValue v) => v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString();

    /// <summary>Two leaf values as the wire may write them: text, number, boolean or timestamp.</summary>
    public static bool SameValue(string a, string b)
    {
        if (a == b) return true;
        if (decimal.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var da)
            && decimal.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var db)) return da == db;
        if (bool.TryParse(a, out var ba) && bool.TryParse(b, out var bb)) return ba == bb;
        return a.Length >= 10 && b.Length >= 10 && char.IsDigit(a[0]) && char.IsDigit(b[0])
            && DateTimeOffset.TryParse(a, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var ta)
            && DateTimeOffset.TryParse(b, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var tb) && ta == tb;
    }
}
