using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Where the number an emergency call actually presents comes from (wxc_sdk: ECBNEffectiveLevel, ECBNLocationEffectiveLevel).</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<EcbnEffectiveLevel>))]
public readonly record struct EcbnEffectiveLevel(string Value) : IWireValue<EcbnEffectiveLevel>
{
    /// <summary>The member's own number.</summary>
    public static EcbnEffectiveLevel DirectLine { get; } = new("DIRECT_LINE");

    /// <summary>The location's emergency callback number.</summary>
    public static EcbnEffectiveLevel LocationEcbn { get; } = new("LOCATION_ECBN");

    /// <summary>The location's main number.</summary>
    public static EcbnEffectiveLevel LocationNumber { get; } = new("LOCATION_NUMBER");

    /// <summary>The number of another member of the location.</summary>
    public static EcbnEffectiveLevel LocationMemberNumber { get; } = new("LOCATION_MEMBER_NUMBER");

    /// <summary>None of these.</summary>
    public static EcbnEffectiveLevel None { get; } = new("NONE");

    /// <inheritdoc />
    public static EcbnEffectiveLevel FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == DirectLine || this == LocationEcbn || this == LocationNumber || this == LocationMemberNumber || this == None;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
