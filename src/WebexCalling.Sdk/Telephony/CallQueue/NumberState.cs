using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>Whether a phone number can make and receive calls.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<NumberState>))]
public readonly record struct NumberState(string Value) : IWireValue<NumberState>
{
    /// <summary>Activated.</summary>
    public static NumberState Active { get; } = new("ACTIVE");

    /// <summary>Not activated yet.</summary>
    public static NumberState Inactive { get; } = new("INACTIVE");

    /// <inheritdoc />
    public static NumberState FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Active || this == Inactive;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
