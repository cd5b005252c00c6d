using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Common;

/// <summary>
/// Reads a boolean from <c>true</c>/<c>false</c> or from the strings <c>"true"</c>/<c>"false"</c>, as some Webex
/// answers carry them (<c>"invitePending": "false"</c>); writes a JSON boolean.
/// </summary>
public sealed class LenientBooleanConverter : JsonConverter<bool>
{
    /// <inheritdoc />
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True: return true;
            case JsonTokenType.False: return false;
            case JsonTokenType.String:
                string? text = reader.GetString();
                if (bool.TryParse(text, out bool b)) return b;
                throw new JsonException($"'{text}' is not a boolean.");
            case JsonTokenType.Number when reader.TryGetInt64(out long n) && (n == 0 || n == 1):
                return n == 1;
            default:
                throw new JsonException($"Expected a boolean, got {reader.TokenType}.");
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteBooleanValue(value);
    }
}
