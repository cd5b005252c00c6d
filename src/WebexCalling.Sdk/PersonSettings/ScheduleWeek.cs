using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>The week of the month in a yearly recurrence.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<ScheduleWeek>))]
public readonly record struct ScheduleWeek(string Value) : IWireValue<ScheduleWeek>
{
    /// <summary>First week.</summary>
    public static ScheduleWeek First { get; } = new("FIRST");

    /// <summary>Second week.</summary>
    public static ScheduleWeek Second { get; } = new("SECOND");

    /// <summary>Third week.</summary>
    public static ScheduleWeek Third { get; } = new("THIRD");

    /// <summary>Fourth week.</summary>
    public static ScheduleWeek Fourth { get; } = new("FOURTH");

    /// <summary>Last week.</summary>
    public static ScheduleWeek Last { get; } = new("LAST");

    /// <inheritdoc />
    public static ScheduleWeek FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == First || this == Second || this == Third || this == Fourth || this == Last;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
