using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>The level of the schedule a selective criteria refers to.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<SelectiveScheduleLevel>))]
public readonly record struct SelectiveScheduleLevel(string Value) : IWireValue<SelectiveScheduleLevel>
{
    /// <summary>A schedule of the location (group).</summary>
    public static SelectiveScheduleLevel Group { get; } = new("GROUP");

    /// <summary>A schedule of the organisation.</summary>
    public static SelectiveScheduleLevel Global { get; } = new("GLOBAL");

    /// <summary>A schedule of the location.</summary>
    public static SelectiveScheduleLevel Location { get; } = new("LOCATION");

    /// <summary>A schedule of the person.</summary>
    public static SelectiveScheduleLevel People { get; } = new("PEOPLE");

    /// <inheritdoc />
    public static SelectiveScheduleLevel FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Group || this == Global || this == Location || this == People;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
