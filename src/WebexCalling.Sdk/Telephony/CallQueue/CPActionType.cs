using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>What a call queue policy does with a call.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<CPActionType>))]
public readonly record struct CPActionType(string Value) : IWireValue<CPActionType>
{
    /// <summary>The caller hears a fast busy tone.</summary>
    public static CPActionType Busy { get; } = new("BUSY");

    /// <summary>The call goes to <c>transferPhoneNumber</c>.</summary>
    public static CPActionType Transfer { get; } = new("TRANSFER");

    /// <inheritdoc />
    public static CPActionType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Busy || this == Transfer;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
