using System.Text.Json.Nodes;

namespace WebexCalling.Sdk.Common;

/// <summary>
/// Builds the JSON bodies of commands that take parameters rather than a model (call control, voice messages, webhook
/// create): only the fields that have a value are sent, as wxc_sdk does; Webex reads a missing field as not given.
/// </summary>
internal static class JsonBody
{
    public static JsonObject Of(params ReadOnlySpan<(string Name, JsonNode? Value)> fields)
    {
        var body = new JsonObject();
        foreach (var (name, value) in fields)
            if (value is not null) body[name] = value;
        return body;
    }
}
