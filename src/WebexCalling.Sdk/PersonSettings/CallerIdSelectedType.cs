using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Which number outgoing calls show.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<CallerIdSelectedType>))]
public readonly record struct CallerIdSelectedType(string Value) : IWireValue<CallerIdSelectedType>
{
    /// <summary>The direct line and/or extension.</summary>
    public static CallerIdSelectedType DirectLine { get; } = new("DIRECT_LINE");

    /// <summary>The location's main number.</summary>
    public static CallerIdSelectedType LocationNumber { get; } = new("LOCATION_NUMBER");

    /// <summary>The entity's mobile number.</summary>
    public static CallerIdSelectedType MobileNumber { get; } = new("MOBILE_NUMBER");

    /// <summary>The custom number.</summary>
    public static CallerIdSelectedType Custom { get; } = new("CUSTOM");

    /// <inheritdoc />
    public static CallerIdSelectedType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == DirectLine || this == LocationNumber || this == MobileNumber || this == Custom;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
