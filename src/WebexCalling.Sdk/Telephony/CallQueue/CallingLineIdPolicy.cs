using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>Which caller id a call queue or hunt group shows for calls it forwards out.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<CallingLineIdPolicy>))]
public readonly record struct CallingLineIdPolicy(string Value) : IWireValue<CallingLineIdPolicy>
{
    /// <summary>The feature's own number.</summary>
    public static CallingLineIdPolicy DirectLine { get; } = new("DIRECT_LINE");

    /// <summary>The location's main number.</summary>
    public static CallingLineIdPolicy LocationNumber { get; } = new("LOCATION_NUMBER");

    /// <summary>A custom number (<c>callingLineIdPhoneNumber</c>).</summary>
    public static CallingLineIdPolicy Custom { get; } = new("CUSTOM");

    /// <inheritdoc />
    public static CallingLineIdPolicy FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == DirectLine || this == LocationNumber || this == Custom;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
