using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Reads and writes the <c>HH:MM</c> times of schedule events. Also reads <c>HH:MM:SS</c>, and a number as minutes
/// after midnight: the official example answer carries <c>"endTime": 1020</c> (17:00).
/// </summary>
internal sealed class ScheduleTimeConverter : JsonConverter<TimeOnly>
{
    private static readonly string[] Formats = ["H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss"];

    public override TimeOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int minutes) && minutes >= 0 && minutes < 24 * 60)
            return TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(minutes));
        if (reader.TokenType == JsonTokenType.String
            && TimeOnly.TryParseExact(reader.GetString(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            return time;
        throw new JsonException($"Expected a time of day as HH:MM, got {reader.TokenType}.");
    }

    public override void Write(Utf8JsonWriter writer, TimeOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("HH:mm", CultureInfo.InvariantCulture));
}
