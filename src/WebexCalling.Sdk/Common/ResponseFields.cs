using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace WebexCalling.Sdk.Common;

/// <summary>
/// Picks one field out of an answer that wraps it (<c>{"assistants": [...]}</c>, <c>{"id": "..."}</c>), so that such
/// wrappers need no public model of their own.
/// </summary>
internal static class ResponseFields
{
    /// <summary>The list in <paramref name="key"/>, or an empty list when Webex left it out or sent null.</summary>
    public static IReadOnlyList<T> List<T>(JsonElement answer, string key, JsonTypeInfo<IReadOnlyList<T>> type) =>
        answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.Deserialize(type) ?? []
            : [];

    /// <summary>The object in <paramref name="key"/>, or null when absent.</summary>
    public static T? Object<T>(JsonElement answer, string key, JsonTypeInfo<T> type) where T : class =>
        answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.Object
            ? value.Deserialize(type)
            : null;

    /// <summary>The string in <paramref name="key"/>, or null when absent.</summary>
    public static string? String(JsonElement answer, string key) =>
        answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>The id in the <c>{"id": "…"}</c> answer of a create (or a rename, which changes the id).</summary>
    /// <exception cref="JsonException">The answer carries no id.</exception>
    public static string CreatedId(JsonElement answer) =>
        String(answer, "id") ?? throw new JsonException("The answer carries no id.");

    /// <summary>The strings in <paramref name="key"/>, or an empty list.</summary>
    public static IReadOnlyList<string> Strings(JsonElement answer, string key) =>
        answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];
}
