using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings.Executive;

/// <summary>How an executive is alerted to a screened call.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<ExecScreeningAlertType>))]
public readonly record struct ExecScreeningAlertType(string Value) : IWireValue<ExecScreeningAlertType>
{
    /// <summary>No alert.</summary>
    public static ExecScreeningAlertType Silent { get; } = new("SILENT");

    /// <summary>A short ring.</summary>
    public static ExecScreeningAlertType RingSplash { get; } = new("RING_SPLASH");

    /// <inheritdoc />
    public static ExecScreeningAlertType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Silent || this == RingSplash;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
