using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>Whether a schedule belongs to the organization, a location or a person.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<ScheduleLevel>))]
public readonly record struct ScheduleLevel(string Value) : IWireValue<ScheduleLevel>
{
    /// <summary>A location schedule.</summary>
    public static ScheduleLevel Location { get; } = new("LOCATION");

    /// <summary>An organization schedule.</summary>
    public static ScheduleLevel Organization { get; } = new("ORGANIZATION");

    /// <summary>A personal schedule.</summary>
    public static ScheduleLevel People { get; } = new("PEOPLE");

    /// <inheritdoc />
    public static ScheduleLevel FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Location || this == Organization || this == People;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
