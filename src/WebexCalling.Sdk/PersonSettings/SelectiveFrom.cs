using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Which callers a selective criteria applies to.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<SelectiveFrom>))]
public readonly record struct SelectiveFrom(string Value) : IWireValue<SelectiveFrom>
{
    /// <summary>Any caller.</summary>
    public static SelectiveFrom AnyPhoneNumber { get; } = new("ANY_PHONE_NUMBER");

    /// <summary>Only the listed numbers (and, if enabled, anonymous or unavailable callers).</summary>
    public static SelectiveFrom SelectPhoneNumbers { get; } = new("SELECT_PHONE_NUMBERS");

    /// <summary>Any internal caller.</summary>
    public static SelectiveFrom AnyInternal { get; } = new("ANY_INTERNAL");

    /// <summary>Any external caller.</summary>
    public static SelectiveFrom AnyExternal { get; } = new("ANY_EXTERNAL");

    /// <summary>Calls that were forwarded to the entity.</summary>
    public static SelectiveFrom Forwarded { get; } = new("FORWARDED");

    /// <inheritdoc />
    public static SelectiveFrom FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == AnyPhoneNumber || this == SelectPhoneNumbers || this == AnyInternal || this == AnyExternal || this == Forwarded;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
