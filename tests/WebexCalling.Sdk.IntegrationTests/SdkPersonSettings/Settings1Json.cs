using System.Text.Json;
using System.Text.Json.Nodes;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.IntegrationTests.SdkPersonSettings;

/// <summary>Compares SDK records by their JSON (records holding lists or unknown fields do not compare by value).</summary>
internal static class Settings1Json
{
    public static JsonNode? Node<T>(T value) => JsonSerializer.SerializeToNode(value, typeof(T), WebexJson.Default);

    /// <summary>Asserts that two records serialize to the same JSON: every field, nested ones and unknown ones included.</summary>
    public static void Same<T>(T expected, T actual)
    {
        var e = Node(expected);
        var a = Node(actual);
        Assert.True(JsonNode.DeepEquals(e, a), $"expected {e?.ToJsonString()}\n     got {a?.ToJsonString()}");
    }

    /// <summary>Asserts that two records differ (the change is visible).</summary>
    public static void Differ<T>(T first, T second) =>
        Assert.False(JsonNode.DeepEquals(Node(first), Node(second)), $"both are {Node(first)?.ToJsonString()}");
}
