using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Which name outgoing external calls show.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<ExternalCallerIdNamePolicy>))]
public readonly record struct ExternalCallerIdNamePolicy(string Value) : IWireValue<ExternalCallerIdNamePolicy>
{
    /// <summary>The direct line's name.</summary>
    public static ExternalCallerIdNamePolicy DirectLine { get; } = new("DIRECT_LINE");

    /// <summary>The location's name.</summary>
    public static ExternalCallerIdNamePolicy Location { get; } = new("LOCATION");

    /// <summary>The custom name.</summary>
    public static ExternalCallerIdNamePolicy Other { get; } = new("OTHER");

    /// <inheritdoc />
    public static ExternalCallerIdNamePolicy FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == DirectLine || this == Location || this == Other;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
