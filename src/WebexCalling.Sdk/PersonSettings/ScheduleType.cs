using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>The kind of a schedule; also a path segment of the schedule URLs.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<ScheduleType>))]
public readonly record struct ScheduleType(string Value) : IWireValue<ScheduleType>
{
    /// <summary>Business hours.</summary>
    public static ScheduleType BusinessHours { get; } = new("businessHours");

    /// <summary>Holidays.</summary>
    public static ScheduleType Holidays { get; } = new("holidays");

    /// <inheritdoc />
    public static ScheduleType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == BusinessHours || this == Holidays;

    /// <summary>The wire value, so that a schedule type can be passed where the URL segment is expected.</summary>
    /// <param name="value">The schedule type.</param>
    public static implicit operator string(ScheduleType value) => value.Value;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
