using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.IntegrationTests.PersonSettings;

/// <summary>
/// Whole-model assertions for the settings tests, through the SDK's own JSON contract (records holding lists or unknown
/// fields do not compare by value).
/// </summary>
internal static class SettingsAssert
{
    /// <summary>The model as the SDK serialises it (null fields left out).</summary>
    public static JsonNode? Node<T>(T value) => JsonSerializer.SerializeToNode(value, typeof(T), WebexJson.Default);

    /// <summary>
    /// The two models serialise to the same JSON, nested and unknown fields included: e.g. the re-read equals the first
    /// read with the intended change applied, so the change is there and nothing else moved.
    /// </summary>
    public static void Same<T>(T expected, T actual)
    {
        var e = Node(expected);
        var a = Node(actual);
        Assert.True(JsonNode.DeepEquals(e, a), $"expected {e?.ToJsonString()}\n     got {a?.ToJsonString()}");
    }

    /// <summary>The two models differ (the change is visible).</summary>
    public static void Differ<T>(T first, T second) =>
        Assert.False(JsonNode.DeepEquals(Node(first), Node(second)), $"both are {Node(first)?.ToJsonString()}");

    /// <summary>The call fails with a WebexApiException of status 404.</summary>
    public static async Task NotFoundAsync(Func<Task> call)
    {
        var e = await Assert.ThrowsAsync<WebexApiException>(call);
        Assert.Equal(HttpStatusCode.NotFound, e.StatusCode);
    }
}
