using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Common;

/// <summary>Why the current operating mode differs from the schedule.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<ExceptionType>))]
public readonly record struct ExceptionType(string Value) : IWireValue<ExceptionType>
{
    /// <summary>Switched or extended by hand; stays until switched back by hand.</summary>
    public static ExceptionType ManualSwitchBack { get; } = new("MANUAL_SWITCH_BACK");

    /// <summary>Started early by hand; ends at its normal end time.</summary>
    public static ExceptionType AutomaticSwitchBackEarlyStart { get; } = new("AUTOMATIC_SWITCH_BACK_EARLY_START");

    /// <summary>Extended by hand; ends when the extension ends.</summary>
    public static ExceptionType AutomaticSwitchBackExtension { get; } = new("AUTOMATIC_SWITCH_BACK_EXTENSION");

    /// <summary>Runs until its normal end time.</summary>
    public static ExceptionType AutomaticSwitchBackStandard { get; } = new("AUTOMATIC_SWITCH_BACK_STANDARD");

    /// <inheritdoc />
    public static ExceptionType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == ManualSwitchBack || this == AutomaticSwitchBackEarlyStart || this == AutomaticSwitchBackExtension || this == AutomaticSwitchBackStandard;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
