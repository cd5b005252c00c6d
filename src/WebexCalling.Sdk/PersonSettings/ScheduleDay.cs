using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A day of the week in a yearly recurrence.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<ScheduleDay>))]
public readonly record struct ScheduleDay(string Value) : IWireValue<ScheduleDay>
{
    /// <summary>Monday.</summary>
    public static ScheduleDay Monday { get; } = new("MONDAY");

    /// <summary>Tuesday.</summary>
    public static ScheduleDay Tuesday { get; } = new("TUESDAY");

    /// <summary>Wednesday.</summary>
    public static ScheduleDay Wednesday { get; } = new("WEDNESDAY");

    /// <summary>Thursday.</summary>
    public static ScheduleDay Thursday { get; } = new("THURSDAY");

    /// <summary>Friday.</summary>
    public static ScheduleDay Friday { get; } = new("FRIDAY");

    /// <summary>Saturday.</summary>
    public static ScheduleDay Saturday { get; } = new("SATURDAY");

    /// <summary>Sunday.</summary>
    public static ScheduleDay Sunday { get; } = new("SUNDAY");

    /// <inheritdoc />
    public static ScheduleDay FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Monday || this == Tuesday || this == Wednesday || this == Thursday || this == Friday || this == Saturday || this == Sunday;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
