using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings.Executive;

/// <summary>Which callers a filter criterion matches (wxc_sdk: SelectiveFrom).</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<ExecSelectiveFrom>))]
public readonly record struct ExecSelectiveFrom(string Value) : IWireValue<ExecSelectiveFrom>
{
    /// <summary>Any number.</summary>
    public static ExecSelectiveFrom AnyPhoneNumber { get; } = new("ANY_PHONE_NUMBER");

    /// <summary>Selected numbers.</summary>
    public static ExecSelectiveFrom SelectPhoneNumbers { get; } = new("SELECT_PHONE_NUMBERS");

    /// <summary>Any internal caller.</summary>
    public static ExecSelectiveFrom AnyInternal { get; } = new("ANY_INTERNAL");

    /// <summary>Any external caller.</summary>
    public static ExecSelectiveFrom AnyExternal { get; } = new("ANY_EXTERNAL");

    /// <inheritdoc />
    public static ExecSelectiveFrom FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == AnyPhoneNumber || this == SelectPhoneNumbers || this == AnyInternal || this == AnyExternal;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
