using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A distinctive ring pattern (wxc_sdk: RingPattern).</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<PersonRingPattern>))]
public readonly record struct PersonRingPattern(string Value) : IWireValue<PersonRingPattern>
{
    /// <summary>Normal ring.</summary>
    public static PersonRingPattern Normal { get; } = new("NORMAL");

    /// <summary>Two long rings.</summary>
    public static PersonRingPattern LongLong { get; } = new("LONG_LONG");

    /// <summary>Short, short, long.</summary>
    public static PersonRingPattern ShortShortLong { get; } = new("SHORT_SHORT_LONG");

    /// <summary>Short, long, short.</summary>
    public static PersonRingPattern ShortLongShort { get; } = new("SHORT_LONG_SHORT");

    /// <inheritdoc />
    public static PersonRingPattern FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Normal || this == LongLong || this == ShortShortLong || this == ShortLongShort;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
