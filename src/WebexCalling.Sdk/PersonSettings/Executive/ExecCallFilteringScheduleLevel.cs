using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings.Executive;

/// <summary>Whether a criterion's schedule is the person's or the location's.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<ExecCallFilteringScheduleLevel>))]
public readonly record struct ExecCallFilteringScheduleLevel(string Value) : IWireValue<ExecCallFilteringScheduleLevel>
{
    /// <summary>The person's schedule.</summary>
    public static ExecCallFilteringScheduleLevel People { get; } = new("PEOPLE");

    /// <summary>The location's schedule.</summary>
    public static ExecCallFilteringScheduleLevel Location { get; } = new("LOCATION");

    /// <inheritdoc />
    public static ExecCallFilteringScheduleLevel FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == People || this == Location;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
