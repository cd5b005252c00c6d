using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Whether a number suits as emergency callback number (wxc_sdk: ECBNQuality).</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<EcbnQuality>))]
public readonly record struct EcbnQuality(string Value) : IWireValue<EcbnQuality>
{
    /// <summary>An active number of a person or workspace.</summary>
    public static EcbnQuality Recommended { get; } = new("RECOMMENDED");

    /// <summary>An active number of something else, e.g. a hunt group.</summary>
    public static EcbnQuality NotRecommended { get; } = new("NOT_RECOMMENDED");

    /// <summary>An inactive or unknown number.</summary>
    public static EcbnQuality Invalid { get; } = new("INVALID");

    /// <inheritdoc />
    public static EcbnQuality FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Recommended || this == NotRecommended || this == Invalid;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
