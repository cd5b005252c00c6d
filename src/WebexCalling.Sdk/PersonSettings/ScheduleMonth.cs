using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A month of a yearly recurrence.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<ScheduleMonth>))]
public readonly record struct ScheduleMonth(string Value) : IWireValue<ScheduleMonth>
{
    /// <summary>January.</summary>
    public static ScheduleMonth January { get; } = new("JANUARY");

    /// <summary>February.</summary>
    public static ScheduleMonth February { get; } = new("FEBRUARY");

    /// <summary>March.</summary>
    public static ScheduleMonth March { get; } = new("MARCH");

    /// <summary>April.</summary>
    public static ScheduleMonth April { get; } = new("APRIL");

    /// <summary>May.</summary>
    public static ScheduleMonth May { get; } = new("MAY");

    /// <summary>June.</summary>
    public static ScheduleMonth June { get; } = new("JUNE");

    /// <summary>July.</summary>
    public static ScheduleMonth July { get; } = new("JULY");

    /// <summary>August.</summary>
    public static ScheduleMonth August { get; } = new("AUGUST");

    /// <summary>September.</summary>
    public static ScheduleMonth September { get; } = new("SEPTEMBER");

    /// <summary>October.</summary>
    public static ScheduleMonth October { get; } = new("OCTOBER");

    /// <summary>November.</summary>
    public static ScheduleMonth November { get; } = new("NOVEMBER");

    /// <summary>December.</summary>
    public static ScheduleMonth December { get; } = new("DECEMBER");

    /// <inheritdoc />
    public static ScheduleMonth FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == January || this == February || this == March || this == April || this == May || this == June || this == July || this == August || this == September || this == October || this == November || this == December;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
