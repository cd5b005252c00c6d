using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Calls;

/// <summary>The kind of a call history record.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<HistoryType>))]
public readonly record struct HistoryType(string Value) : IWireValue<HistoryType>
{
    /// <summary>An outgoing call the user placed.</summary>
    public static HistoryType Placed { get; } = new("placed");

    /// <summary>An incoming call the user did not answer.</summary>
    public static HistoryType Missed { get; } = new("missed");

    /// <summary>An incoming call the user answered.</summary>
    public static HistoryType Received { get; } = new("received");

    /// <inheritdoc />
    public static HistoryType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Placed || this == Missed || this == Received;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
