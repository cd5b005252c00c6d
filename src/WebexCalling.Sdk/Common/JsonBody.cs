using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace WebexCalling.Sdk.Common;

/// <summary>
/// Builds the JSON bodies of commands that take parameters rather than a model (call control, voice messages, webhook
/// create): only the fields that have a value are sent, as wxc_sdk does; Webex reads a missing field as not given.
/// </summary>
internal static class JsonBody
{
    /// <summary>An object of the fields that have a value; a dotted name (<c>address.city</c>) nests.</summary>
    public static JsonObject Of(params ReadOnlySpan<(string Name, JsonNode? Value)> fields)
    {
        var body = new JsonObject();
        foreach (var (name, value) in fields)
        {
            if (value is null) continue;
            var target = body;
            var parts = name.Split('.');
            for (int i = 0; i < parts.Length - 1; i++)
            {
                if (target[parts[i]] is not JsonObject next) target[parts[i]] = next = new JsonObject();
                target = next;
            }
            target[parts[^1]] = value;
        }
        return body;
    }

    /// <summary>A number as a JSON string (Webex sends and takes latitude and longitude so), or null.</summary>
    public static JsonNode? Text(double? value) =>
        value is { } v ? JsonValue.Create(v.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null;

    /// <summary>A list of strings as a JSON array, or null.</summary>
    public static JsonArray? Strings(IEnumerable<string>? values) =>
        values is null ? null : new JsonArray([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);

    /// <summary>A value as a JSON node by its metadata, or null.</summary>
    public static JsonNode? Node<T>(T? value, JsonTypeInfo<T> type) =>
        value is null ? null : JsonSerializer.SerializeToNode(value, type);
}
