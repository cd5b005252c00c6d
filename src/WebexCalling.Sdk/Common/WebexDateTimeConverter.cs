using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Common;

/// <summary>
/// Reads any ISO 8601 timestamp and writes it the way Webex does: UTC with milliseconds and <c>Z</c>
/// (<c>2015-10-18T14:26:16.000Z</c>). Put it on every <see cref="DateTimeOffset"/> property of a model.
/// </summary>
public sealed class WebexDateTimeConverter : JsonConverter<DateTimeOffset>
{
    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
            throw new JsonException($"Expected a timestamp string, got {reader.TokenType}.");
        if (reader.TryGetDateTimeOffset(out var value)) return value;
        string? text = reader.GetString();
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value)) return value;
        throw new JsonException($"'{text}' is not a timestamp.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
    }
}
