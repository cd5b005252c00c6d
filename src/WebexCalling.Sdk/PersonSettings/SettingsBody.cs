using System.Buffers;
using System.Text.Json;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Rewrites a serialized settings object for an update whose shape differs from the read: lists of members that
/// an update sends as plain ids, renamed properties. Every other property (unknown ones included) goes back unchanged.
/// </summary>
internal static class SettingsBody
{
    /// <param name="settings">The settings, serialized by their source-generated metadata.</param>
    /// <param name="replacements">Per property name of <paramref name="settings"/>: a writer of what the update sends instead
    /// (name and value; it may write nothing, or another name).</param>
    internal static JsonElement Rewrite(JsonElement settings, IReadOnlyDictionary<string, Action<Utf8JsonWriter>> replacements)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var property in settings.EnumerateObject())
            {
                if (replacements.TryGetValue(property.Name, out var replace)) replace(writer);
                else property.WriteTo(writer);
            }
            writer.WriteEndObject();
        }
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    /// <summary>A writer of <c>"name": ["id", ...]</c>.</summary>
    internal static Action<Utf8JsonWriter> Ids(string name, IEnumerable<string?> ids) => writer =>
    {
        writer.WriteStartArray(name);
        foreach (string? id in ids) writer.WriteStringValue(id);
        writer.WriteEndArray();
    };
}
