using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Why a feature runs outside its scheduled operating mode (wxc_sdk: ExceptionType).</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<ModeManagementExceptionType>))]
public readonly record struct ModeManagementExceptionType(string Value) : IWireValue<ModeManagementExceptionType>
{
    /// <summary>Switched manually; stays until switched back.</summary>
    public static ModeManagementExceptionType ManualSwitchBack { get; } = new("MANUAL_SWITCH_BACK");

    /// <summary>Started early; switches back automatically.</summary>
    public static ModeManagementExceptionType AutomaticSwitchBackEarlyStart { get; } = new("AUTOMATIC_SWITCH_BACK_EARLY_START");

    /// <summary>Extended; switches back automatically.</summary>
    public static ModeManagementExceptionType AutomaticSwitchBackExtension { get; } = new("AUTOMATIC_SWITCH_BACK_EXTENSION");

    /// <summary>Switches back automatically at the standard time.</summary>
    public static ModeManagementExceptionType AutomaticSwitchBackStandard { get; } = new("AUTOMATIC_SWITCH_BACK_STANDARD");

    /// <inheritdoc />
    public static ModeManagementExceptionType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == ManualSwitchBack || this == AutomaticSwitchBackEarlyStart || this == AutomaticSwitchBackExtension || this == AutomaticSwitchBackStandard;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
