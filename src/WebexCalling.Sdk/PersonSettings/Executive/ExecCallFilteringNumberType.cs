using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings.Executive;

/// <summary>Which of the executive's numbers a criterion matches (wxc_sdk: PrimaryOrSecondary).</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<ExecCallFilteringNumberType>))]
public readonly record struct ExecCallFilteringNumberType(string Value) : IWireValue<ExecCallFilteringNumberType>
{
    /// <summary>The primary number.</summary>
    public static ExecCallFilteringNumberType Primary { get; } = new("PRIMARY");

    /// <summary>An alternate number.</summary>
    public static ExecCallFilteringNumberType Secondary { get; } = new("SECONDARY");

    /// <inheritdoc />
    public static ExecCallFilteringNumberType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Primary || this == Secondary;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
