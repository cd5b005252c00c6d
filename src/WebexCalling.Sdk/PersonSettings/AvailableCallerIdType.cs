using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>The kind of feature whose caller ID an agent can use.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<AvailableCallerIdType>))]
public readonly record struct AvailableCallerIdType(string Value) : IWireValue<AvailableCallerIdType>
{
    /// <summary>A call queue.</summary>
    public static AvailableCallerIdType CallQueue { get; } = new("CALL_QUEUE");

    /// <summary>A hunt group.</summary>
    public static AvailableCallerIdType HuntGroup { get; } = new("HUNT_GROUP");

    /// <inheritdoc />
    public static AvailableCallerIdType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == CallQueue || this == HuntGroup;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
