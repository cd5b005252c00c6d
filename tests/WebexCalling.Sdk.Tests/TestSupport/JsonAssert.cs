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
}
