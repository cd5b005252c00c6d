using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Common;

/// <summary>
/// Reads any ISO 8601 timestamp and writes it the way Webex does: UTC with milliseconds and <c>Z</c>
/// (<c>2015-10-18T14:26:16.000Z</c>), or with microseconds when the value has them (some telephony answers carry
/// <c>2024-02-24T07:22:23.494198Z</c>), so that nothing read is lost on the way back.
/// Put it on every <see cref="DateTimeOffset"/> property of a model.
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
        string format = (value.Ticks % TimeSpan.TicksPerMillisecond) switch
        {
            0 => "yyyy-MM-dd'T'HH:mm:ss.fff'Z'",
            long t when t % TimeSpan.TicksPerMicrosecond == 0 => "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'",
            _ => "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'",
        };
        writer.WriteStringValue(value.UtcDateTime.ToString(format, CultureInfo.InvariantCulture));
    }
}
