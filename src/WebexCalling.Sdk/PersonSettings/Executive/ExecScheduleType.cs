using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings.Executive;

/// <summary>The kind of schedule a criterion uses (wxc_sdk: ScheduleType).</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<ExecScheduleType>))]
public readonly record struct ExecScheduleType(string Value) : IWireValue<ExecScheduleType>
{
    /// <summary>Business hours.</summary>
    public static ExecScheduleType BusinessHours { get; } = new("businessHours");

    /// <summary>Holidays.</summary>
    public static ExecScheduleType Holidays { get; } = new("holidays");

    /// <inheritdoc />
    public static ExecScheduleType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == BusinessHours || this == Holidays;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
