using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Telephony.DectDevices;

/// <summary>
/// Reads an optional boolean that Webex may answer as <c>true</c>/<c>false</c>, as the strings <c>"true"</c>/<c>"false"</c>,
/// or as an empty string (the handset list's <c>primaryEnabled</c> in the 2026 reference's example), which reads as null;
/// writes a JSON boolean.
/// </summary>
internal sealed class BlankAsNullBooleanConverter : JsonConverter<bool?>
{
    public override bool HandleNull => true;

    public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null: return null;
            case JsonTokenType.True: return true;
            case JsonTokenType.False: return false;
            case JsonTokenType.String:
                string? text = reader.GetString();
                if (string.IsNullOrWhiteSpace(text)) return null;
                if (bool.TryParse(text, out bool b)) return b;
                throw new JsonException($"'{text}' is not a boolean.");
            default:
                throw new JsonException($"Expected a boolean, got {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options)
    {
        if (value is { } b) writer.WriteBooleanValue(b);
        else writer.WriteNullValue();
    }
}
