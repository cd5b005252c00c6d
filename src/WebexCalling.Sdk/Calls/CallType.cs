using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Calls;

/// <summary>Where the party of a call sits, seen from the user.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<CallType>))]
public readonly record struct CallType(string Value) : IWireValue<CallType>
{
    /// <summary>In the same location.</summary>
    public static CallType Location { get; } = new("location");

    /// <summary>In the same organisation but another location.</summary>
    public static CallType Organization { get; } = new("organization");

    /// <summary>Outside the organisation.</summary>
    public static CallType External { get; } = new("external");

    /// <summary>An emergency destination.</summary>
    public static CallType Emergency { get; } = new("emergency");

    /// <summary>A repair destination.</summary>
    public static CallType Repair { get; } = new("repair");

    /// <summary>None of the other kinds, e.g. a feature access code.</summary>
    public static CallType Other { get; } = new("other");

    /// <inheritdoc />
    public static CallType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Location || this == Organization || this == External || this == Emergency
        || this == Repair || this == Other;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
