using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>The kind of schedule of an operating mode.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<OperatingModeSchedule>))]
public readonly record struct OperatingModeSchedule(string Value) : IWireValue<OperatingModeSchedule>
{
    /// <summary>The same hours Monday to Friday and on the weekend.</summary>
    public static OperatingModeSchedule SameHoursDaily { get; } = new("SAME_HOURS_DAILY");

    /// <summary>Different hours per day of the week.</summary>
    public static OperatingModeSchedule DifferentHoursDaily { get; } = new("DIFFERENT_HOURS_DAILY");

    /// <summary>Holidays with their own dates and recurrence.</summary>
    public static OperatingModeSchedule Holiday { get; } = new("HOLIDAY");

    /// <summary>No schedule.</summary>
    public static OperatingModeSchedule None { get; } = new("NONE");

    /// <inheritdoc />
    public static OperatingModeSchedule FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == SameHoursDaily || this == DifferentHoursDaily || this == Holiday || this == None;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
