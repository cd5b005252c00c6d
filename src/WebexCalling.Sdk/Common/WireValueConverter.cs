using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Common;

/// <summary>
/// Reads and writes an <see cref="IWireValue{TSelf}"/> as a JSON string. Unknown values never throw: they are kept
/// and written back exactly as read.
/// </summary>
/// <typeparam name="T">The wire value type.</typeparam>
public sealed class WireValueConverter<T> : JsonConverter<T> where T : struct, IWireValue<T>
{
    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => T.FromWire(reader.GetString()!),
            // Webex's examples sometimes carry numbers or booleans where strings are documented: keep their text
            JsonTokenType.Number => T.FromWire(reader.TryGetInt64(out long l)
                ? l.ToString(CultureInfo.InvariantCulture)
                : reader.GetDouble().ToString(CultureInfo.InvariantCulture)),
            JsonTokenType.True => T.FromWire("true"),
            JsonTokenType.False => T.FromWire("false"),
            _ => throw new JsonException($"Expected a string for {typeof(T).Name}, got {reader.TokenType}."),
        };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.Value is null)
            writer.WriteNullValue();
        else
            writer.WriteStringValue(value.Value);
    }

    /// <inheritdoc />
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        T.FromWire(reader.GetString()!);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.Value ?? "");
    }
}
