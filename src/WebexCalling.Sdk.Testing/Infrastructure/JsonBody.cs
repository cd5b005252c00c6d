using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace WebexCalling.Sdk.Testing.Infrastructure;

/// <summary>Reads request bodies as JSON objects and the values in them, leniently like Webex (strings for numbers).</summary>
internal static class JsonBody
{
    /// <summary>The body as a JSON object, or null with an error result (400) when it is empty or not an object.</summary>
    /// <param name="context">The request.</param>
    /// <param name="allowEmpty">True: a request without a body reads as <c>{}</c> (where the reference makes every field optional).</param>
    public static async Task<(JsonObject? Body, IResult? Error)> ReadAsync(HttpContext context, bool allowEmpty = false)
    {
        if (allowEmpty && context.Request.ContentLength is null or 0 && context.Request.Headers.TransferEncoding.Count == 0)
            return (new JsonObject(), null);
        try
        {
            var node = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
            if (node is JsonObject obj) return (obj, null);
            return (null, SimResults.BadRequest(context, "The request body must be a JSON object."));
        }
        catch (JsonException e)
        {
            return (null, SimResults.BadRequest(context, "The request body is not valid JSON: " + e.Message));
        }
    }

    public static bool Has(JsonObject body, string name) => body.ContainsKey(name);

    /// <summary>A string value; numbers and booleans are read as their text.</summary>
    public static string? String(JsonObject body, string name) => Text(body[name]);

    public static string? Text(JsonNode? node) => node is JsonValue value
        ? value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number => value.ToJsonString(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        }
        : null;

    public static List<string>? Strings(JsonObject body, string name) =>
        body[name] is JsonArray array ? array.Select(Text).OfType<string>().ToList() : null;

    public static bool? Bool(JsonObject body, string name) => Text(body[name]) switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };

    public static int? Int(JsonObject body, string name) =>
        int.TryParse(Text(body[name]), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out int v) ? v : null;

    /// <summary>True when the query parameter is present and "true" (any case).</summary>
    public static bool QueryFlag(HttpContext context, string name) =>
        string.Equals(context.Request.Query[name], "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Adds the property only when the value is not null: the answers leave out what is not set.</summary>
    public static void Put(JsonObject target, string name, JsonNode? value)
    {
        if (value is not null) target[name] = value;
    }

    public static void Put(JsonObject target, string name, string? value)
    {
        if (value is not null) target[name] = value;
    }

    public static JsonArray Array(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());
}
