using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Common;

/// <summary>How the phone rings for a call to a number or feature.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<RingPattern>))]
public readonly record struct RingPattern(string Value) : IWireValue<RingPattern>
{
    /// <summary>The usual ring.</summary>
    public static RingPattern Normal { get; } = new("NORMAL");

    /// <summary>Two long rings.</summary>
    public static RingPattern LongLong { get; } = new("LONG_LONG");

    /// <summary>Two short rings, then a long one.</summary>
    public static RingPattern ShortShortLong { get; } = new("SHORT_SHORT_LONG");

    /// <summary>A short, a long and a short ring.</summary>
    public static RingPattern ShortLongShort { get; } = new("SHORT_LONG_SHORT");

    /// <inheritdoc />
    public static RingPattern FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Normal || this == LongLong || this == ShortShortLong || this == ShortLongShort;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
