using System.Text.Json.Nodes;

namespace WebexCalling.Sdk.Tests.Telephony;

/// <summary>
/// Official request examples of features whose bodies take members as ids (call parks, pickup groups, paging groups)
/// turned into the shape the SDK's models read: each id of the named lists becomes <c>{"id": …}</c>, which the
/// description's <c>ids</c> rule sends back as the id.
/// </summary>
internal static class FeatureSamples
{
    public static string IdsAsObjects(string json, params string[] lists)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        foreach (string list in lists)
            if (node[list] is JsonArray ids)
                node[list] = new JsonArray(ids.Select(id => (JsonNode)new JsonObject { ["id"] = id!.GetValue<string>() }).ToArray());
        return node.ToJsonString();
    }
}
