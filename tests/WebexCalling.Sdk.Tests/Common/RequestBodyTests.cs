using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Common;

/// <summary>
/// The one-pass body (<see cref="RequestBody.Content{T}"/>) sends exactly the bytes the node path
/// (<see cref="RequestBody.Of{T}"/>) sends, for every kind of rule.
/// </summary>
public class RequestBodyTests
{
    [Theory]
    [InlineData("""{"a":1,"b":2,"c":"x"}""", new[] { "b" }, "", "", """{"a":1,"c":"x"}""")]
    [InlineData("""{"a":{"b":1,"c":2},"d":3}""", new[] { "a.b" }, "", "", """{"a":{"c":2},"d":3}""")]
    [InlineData("""{"a":[1,2],"d":3}""", new[] { "a.b" }, "", "", """{"a":[1,2],"d":3}""")]
    [InlineData("""{"items":[{"id":"1","secret":"s"},{"secret":"t"},7],"n":1}""", new[] { "items[].secret" }, "", "",
        """{"items":[{"id":"1"},{},7],"n":1}""")]
    [InlineData("""{"items":{"secret":"s","k":1}}""", new[] { "items[].secret" }, "", "", """{"items":{"k":1}}""")]
    [InlineData("""{"a":1,"b":2,"c":3}""", new string[0], "a>z", "", """{"b":2,"c":3,"z":1}""")]
    [InlineData("""{"a":1,"z":2}""", new string[0], "a>z", "", """{"z":2}""")]
    [InlineData("""{"z":2,"a":1}""", new string[0], "a>z", "", """{"z":2}""")]
    [InlineData("""{"l":[{"old":1,"k":2},{"k":3}]}""", new string[0], "l[].old>new", "", """{"l":[{"k":2,"new":1},{"k":3}]}""")]
    [InlineData("""{"a":1,"b":2}""", new string[0], "a>b;b>c", "", """{"c":2}""")]
    [InlineData("""{"a":1,"b":{"x":1}}""", new[] { "b.x" }, "a>q", "wrapper", """{"wrapper":{"b":{},"q":1}}""")]
    [InlineData("""{"Secret":1,"keep":"+1 <b> na\u00efve \"q\""}""", new[] { "secret" }, "", "", """{"keep":"\u002B1 \u003Cb\u003E na\u00EFve \u0022q\u0022"}""")]
    [InlineData("""{"na\u00efve":{"x":1},"y":2}""", new[] { "na\u00efve.x" }, "", "", """{"na\u00EFve":{},"y":2}""")]
    public void Content_SendsWhatTheNodePathSends(string model, string[] omit, string rename, string wrap, string expected)
    {
        var renames = rename.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split('>')).Select(r => (r[0], r[1])).ToArray();
        var rules = new BodyRules(omit, renames, wrap.Length == 0 ? null : wrap);

        var (content, node) = Both(model, rules);

        Assert.Equal(node, content);
        JsonAssert.Equal(expected, content);
    }

    [Fact]
    public void Content_SendsListsAsIds_InOnePass()
    {
        var rules = new BodyRules([], [], ids: [("group.members", ["member.id", "id"])]);
        Assert.NotNull(rules.Plan);

        var (content, node) = Both("""
            {"group":{"members":[{"member":{"id":"M1"},"id":"X"},{"id":"P\u00e92","name":"n"},{"name":"none"},{"member":{"id":7},"id":"P4"},"raw",null]},"k":1}
            """, rules);

        Assert.Equal(node, content);
        JsonAssert.Equal("""{"group":{"members":["M1","P\u00e92",null,"P4","raw",null]},"k":1}""", content);
    }

    [Fact]
    public void Content_SendsListsAsIds_LikeTheNodePath()
    {
        var rules = new BodyRules(["members[].name"], [("members", "memberIds")], ids: [("members", ["member.id", "id"])]);

        var (content, node) = Both("""
            {"members":[{"member":{"id":"M1"},"id":"X"},{"id":"P2","name":"n"},{"name":"none"},{"member":{"id":7},"id":"P4"},"raw"],"k":1}
            """, rules);

        Assert.Equal(node, content);
        JsonAssert.Equal("""{"k":1,"memberIds":["M1","P2",null,"P4","raw"]}""", content);
    }

    [Fact]
    public void Content_WithoutRules_IsTheSerializedModel()
    {
        var (content, node) = Both("""{"a":"\u00e9","b":[1,{"c":null}]}""", BodyRules.None);

        Assert.Equal(node, content);
    }

    [Fact]
    public void Content_OfNull_IsAnEmptyObject()
    {
        var rules = new BodyRules(["a"], [], "w");

        string content = Encoding.UTF8.GetString(RequestBody.Content<JsonObject?>(null, TestBodyJson.Default.JsonObject!, rules).Bytes.Span);

        Assert.Equal("""{"w":{}}""", content);
    }

    private static (string Content, string Node) Both(string model, BodyRules rules)
    {
        var value = JsonNode.Parse(model)!.AsObject();
        string content = Encoding.UTF8.GetString(RequestBody.Content(value, TestBodyJson.Default.JsonObject, rules).Bytes.Span);
        string node = Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(
            RequestBody.Of(JsonNode.Parse(model)!.AsObject(), TestBodyJson.Default.JsonObject, rules), TestBodyJson.Default.JsonNode));
        return (content, node);
    }
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonNode))]
internal sealed partial class TestBodyJson : JsonSerializerContext;
