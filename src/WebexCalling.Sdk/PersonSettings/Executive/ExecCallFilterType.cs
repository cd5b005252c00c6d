using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings.Executive;

/// <summary>Which calls an executive's filtering applies to.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<ExecCallFilterType>))]
public readonly record struct ExecCallFilterType(string Value) : IWireValue<ExecCallFilterType>
{
    /// <summary>Calls matching the criteria.</summary>
    public static ExecCallFilterType CustomCallFilters { get; } = new("CUSTOM_CALL_FILTERS");

    /// <summary>All calls.</summary>
    public static ExecCallFilterType AllCalls { get; } = new("ALL_CALLS");

    /// <summary>Internal calls.</summary>
    public static ExecCallFilterType AllInternalCalls { get; } = new("ALL_INTERNAL_CALLS");

    /// <summary>External calls.</summary>
    public static ExecCallFilterType AllExternalCalls { get; } = new("ALL_EXTERNAL_CALLS");

    /// <inheritdoc />
    public static ExecCallFilterType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == CustomCallFilters || this == AllCalls || this == AllInternalCalls || this == AllExternalCalls;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
