using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Calls;

/// <summary>The user's role in a call.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<Personality>))]
public readonly record struct Personality(string Value) : IWireValue<Personality>
{
    /// <summary>An outgoing call the user placed.</summary>
    public static Personality Originator { get; } = new("originator");

    /// <summary>An incoming call the user received.</summary>
    public static Personality Terminator { get; } = new("terminator");

    /// <summary>The user's devices are alerting for a Click to Dial request; once answered the call becomes an originator call.</summary>
    public static Personality ClickToDial { get; } = new("clickToDial");

    /// <inheritdoc />
    public static Personality FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Originator || this == Terminator || this == ClickToDial;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
