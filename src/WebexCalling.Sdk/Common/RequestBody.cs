using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.Common;

/// <summary>Turns a model into the body an endpoint takes, by its <see cref="BodyRules"/>.</summary>
internal static class RequestBody
{
    /// <summary>
    /// The model serialized by its metadata (null properties left out, unknown ones kept), then the rules applied, as a
    /// node: for hand-written members that edit the body further before sending it.
    /// </summary>
    public static JsonNode Of<T>(T value, JsonTypeInfo<T> type, BodyRules rules)
    {
        var node = JsonSerializer.SerializeToNode(value, type) ?? new JsonObject();
        foreach (var path in rules.Omit) Apply(node, path, 0, remove: true, to: null);
        foreach (var (list, ids) in rules.Ids) ToIds(node, list, ids);
        foreach (var (path, to) in rules.Rename) Apply(node, path, 0, remove: false, to);
        return rules.Wrap is null ? node : new JsonObject { [rules.Wrap] = node };
    }

    /// <summary>
    /// The same bytes <see cref="Of{T}"/> sends, as content: the model is serialized once and the rules are applied
    /// while its tokens are copied, with no node tree in between. Rules whose outcome depends on their order (see
    /// <see cref="BodyPlan"/>) take the node path.
    /// </summary>
    public static RequestContent Content<T>(T value, JsonTypeInfo<T> type, BodyRules rules)
    {
        var options = type.Options;
        if (rules.Plan is not { } plan || options.WriteIndented)
            return RequestContent.Json(JsonSerializer.SerializeToUtf8Bytes(Of(value, type, rules), options.GetTypeInfo(typeof(JsonNode))));
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(value, type);
        bool isNull = json is [(byte)'n', ..];
        if (plan.IsEmpty && rules.Wrap is null && !isNull) return RequestContent.Json(json);
        var output = new ArrayBufferWriter<byte>(json.Length + (rules.Wrap?.Length ?? 0) + 8);
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = options.Encoder, SkipValidation = true }))
        {
            if (rules.Wrap is not null)
            {
                writer.WriteStartObject();
                writer.WritePropertyName(rules.Wrap);
            }
            if (isNull)
            {
                writer.WriteStartObject();
                writer.WriteEndObject();
            }
            else
            {
                var reader = new Utf8JsonReader(json);
                reader.Read();
                new Copier(json, writer, options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)
                    .Value(ref reader, plan.Root);
            }
            if (rules.Wrap is not null) writer.WriteEndObject();
        }
        return RequestContent.Json(output.WrittenMemory);
    }

    /// <summary>Copies JSON tokens from the serialized model to the writer, applying the plan's levels to objects.</summary>
    private readonly struct Copier(byte[] json, Utf8JsonWriter writer, StringComparison names)
    {
        public void Value(ref Utf8JsonReader reader, BodyPlan.Level? level)
        {
            if (level is null || reader.TokenType != JsonTokenType.StartObject)
            {
                Raw(ref reader);
                return;
            }
            writer.WriteStartObject();
            // renamed values go to the end of their object (a node's remove + add does that), unless it has the name
            var renames = level.Renames;
            (int Start, int End)[]? moved = renames.Length == 0 ? null : new (int, int)[renames.Length];
            bool[]? taken = moved is null ? null : new bool[renames.Length];
            Span<char> buffer = stackalloc char[128];
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string? text = null;
                ReadOnlySpan<char> name = !reader.ValueIsEscaped && reader.ValueSpan.Length <= buffer.Length
                    ? buffer[..Encoding.UTF8.GetChars(reader.ValueSpan, buffer)]
                    : (text = reader.GetString()).AsSpan();
                BodyPlan.Entry? entry = null;
                foreach (var candidate in level.Entries)
                    if (name.Equals(candidate.Name, names)) { entry = candidate; break; }
                if (entry is { Omit: true })
                {
                    reader.Read();
                    reader.Skip();
                    continue;
                }
                if (entry is { Rename: >= 0 })
                {
                    reader.Read();
                    int start = (int)reader.TokenStartIndex;
                    reader.Skip();
                    moved![entry.Rename] = (start, (int)reader.BytesConsumed);
                    continue;
                }
                if (taken is not null)
                    for (int i = 0; i < taken.Length; i++)
                        if (name.Equals(renames[i].To, names)) taken[i] = true;
                if (text is not null) writer.WritePropertyName(text);
                else writer.WritePropertyName(reader.ValueSpan);
                reader.Read();
                if (entry is null) Raw(ref reader);
                else if (reader.TokenType == JsonTokenType.StartArray && entry.Ids is { } ids) Ids(ref reader, ids);
                else if (reader.TokenType == JsonTokenType.StartArray && entry.Items is { } items) Items(ref reader, items);
                else Value(ref reader, entry.Child ?? entry.Items);
            }
            if (moved is not null)
                for (int i = 0; i < moved.Length; i++)
                {
                    if (moved[i].End == 0 || taken![i]) continue;
                    writer.WritePropertyName(renames[i].To);
                    writer.WriteRawValue(json.AsSpan(moved[i].Start, moved[i].End - moved[i].Start), skipInputValidation: true);
                    for (int j = i + 1; j < taken.Length; j++)
                        if (string.Equals(renames[j].To, renames[i].To, names)) taken[j] = true;
                }
            writer.WriteEndObject();
        }

        // a list whose object items have rules (list[].name)
        private void Items(ref Utf8JsonReader reader, BodyPlan.Level items)
        {
            writer.WriteStartArray();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) Value(ref reader, items);
            writer.WriteEndArray();
        }

        // a list sent as ids: each object item becomes the first of its id paths that holds a string, or null
        private void Ids(ref Utf8JsonReader reader, string[][] ids)
        {
            writer.WriteStartArray();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    Raw(ref reader);
                    continue;
                }
                int start = (int)reader.TokenStartIndex;
                reader.Skip();
                var item = json.AsSpan(start, (int)reader.BytesConsumed - start);
                ReadOnlySpan<byte> id = default;
                foreach (var path in ids)
                    if (FindString(item, path, out id)) break;
                if (id.IsEmpty) writer.WriteNullValue();
                else writer.WriteRawValue(id, skipInputValidation: true);
            }
            writer.WriteEndArray();
        }

        // the raw string token (quotes included) at path inside the object, when there is one
        private bool FindString(ReadOnlySpan<byte> item, string[] path, out ReadOnlySpan<byte> found)
        {
            found = default;
            var reader = new Utf8JsonReader(item);
            reader.Read();
            int at = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool match = reader.GetString().AsSpan().Equals(path[at], names);
                reader.Read();
                if (!match)
                {
                    reader.Skip();
                    continue;
                }
                if (at == path.Length - 1)
                {
                    if (reader.TokenType != JsonTokenType.String) return false;
                    int start = (int)reader.TokenStartIndex;
                    found = item[start..(int)reader.BytesConsumed];
                    return true;
                }
                if (reader.TokenType != JsonTokenType.StartObject) return false;
                at++;
            }
            return false;
        }

        private void Raw(ref Utf8JsonReader reader)
        {
            int start = (int)reader.TokenStartIndex;
            reader.Skip();
            writer.WriteRawValue(json.AsSpan(start, (int)reader.BytesConsumed - start), skipInputValidation: true);
        }
    }
    private static void ToIds(JsonNode? node, string[] list, string[][] ids)
    {
        foreach (string part in list) node = node is JsonObject obj ? obj[part] : null;
        if (node is not JsonArray items) return;
        for (int i = 0; i < items.Count; i++)
            if (items[i] is JsonObject item) items[i] = IdOf(item, ids);
    }

    private static JsonValue? IdOf(JsonObject item, string[][] ids)
    {
        foreach (var path in ids)
        {
            JsonNode? at = item;
            foreach (string part in path) at = at is JsonObject obj ? obj[part] : null;
            if (at is JsonValue value && value.GetValueKind() == JsonValueKind.String) return JsonValue.Create(value.GetValue<string>());
        }
        return null;
    }

    private static void Apply(JsonNode? node, string[] path, int at, bool remove, string? to)
    {
        if (node is not JsonObject obj) return;
        string head = path[at];
        bool items = head.EndsWith("[]", StringComparison.Ordinal);
        string name = items ? head[..^2] : head;
        if (at == path.Length - 1 && !items)
        {
            if (!obj.TryGetPropertyValue(name, out var value)) return;
            obj.Remove(name);
            if (!remove && !obj.ContainsKey(to!)) obj[to!] = value;
            return;
        }
        if (items && obj[name] is JsonArray list)
        {
            foreach (var item in list) Apply(item, path, at + 1, remove, to);
            return;
        }
        Apply(obj[name], path, at + 1, remove, to);
    }
}
