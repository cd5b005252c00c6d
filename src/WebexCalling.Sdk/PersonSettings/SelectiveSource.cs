using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Which callers a criteria in a settings summary applies to.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<SelectiveSource>))]
public readonly record struct SelectiveSource(string Value) : IWireValue<SelectiveSource>
{
    /// <summary>All callers.</summary>
    public static SelectiveSource AllNumbers { get; } = new("ALL_NUMBERS");

    /// <summary>Specific numbers only.</summary>
    public static SelectiveSource SpecificNumbers { get; } = new("SPECIFIC_NUMBERS");

    /// <summary>Calls that were forwarded to the entity.</summary>
    public static SelectiveSource Forwarded { get; } = new("FORWARDED");

    /// <inheritdoc />
    public static SelectiveSource FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == AllNumbers || this == SpecificNumbers || this == Forwarded;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
