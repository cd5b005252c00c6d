using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>What the estimated wait message announces.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<WaitMode>))]
public readonly record struct WaitMode(string Value) : IWireValue<WaitMode>
{
    /// <summary>The estimated waiting time.</summary>
    public static WaitMode Time { get; } = new("TIME");

    /// <summary>The position in the queue.</summary>
    public static WaitMode Position { get; } = new("POSITION");

    /// <inheritdoc />
    public static WaitMode FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Time || this == Position;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
