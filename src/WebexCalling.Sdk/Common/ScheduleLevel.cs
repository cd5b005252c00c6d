using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Common;

/// <summary>Where a schedule is defined; listing a person's schedules also returns location and organisation schedules.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<ScheduleLevel>))]
public readonly record struct ScheduleLevel(string Value) : IWireValue<ScheduleLevel>
{
    /// <summary>Defined for the location.</summary>
    public static ScheduleLevel Location { get; } = new("LOCATION");

    /// <summary>Defined for the organisation.</summary>
    public static ScheduleLevel Organization { get; } = new("ORGANIZATION");

    /// <summary>Defined for the person.</summary>
    public static ScheduleLevel People { get; } = new("PEOPLE");

    /// <inheritdoc />
    public static ScheduleLevel FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Location || this == Organization || this == People;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
