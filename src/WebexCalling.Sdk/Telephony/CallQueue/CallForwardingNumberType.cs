using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>Whether a number a forwarding rule matches is the feature's primary or an alternate number.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<CallForwardingNumberType>))]
public readonly record struct CallForwardingNumberType(string Value) : IWireValue<CallForwardingNumberType>
{
    /// <summary>The primary number.</summary>
    public static CallForwardingNumberType Primary { get; } = new("PRIMARY");

    /// <summary>An alternate number.</summary>
    public static CallForwardingNumberType Alternate { get; } = new("ALTERNATE");

    /// <inheritdoc />
    public static CallForwardingNumberType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Primary || this == Alternate;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
