using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Which number an entity presents as emergency callback number (wxc_sdk: ECBNSelection, SelectedECBN).</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<EcbnSelection>))]
public readonly record struct EcbnSelection(string Value) : IWireValue<EcbnSelection>
{
    /// <summary>The entity's own number.</summary>
    public static EcbnSelection DirectLine { get; } = new("DIRECT_LINE");

    /// <summary>The location's emergency callback number.</summary>
    public static EcbnSelection LocationEcbn { get; } = new("LOCATION_ECBN");

    /// <summary>The number of another member of the location.</summary>
    public static EcbnSelection LocationMemberNumber { get; } = new("LOCATION_MEMBER_NUMBER");

    /// <summary>None selected.</summary>
    public static EcbnSelection None { get; } = new("NONE");

    /// <inheritdoc />
    public static EcbnSelection FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == DirectLine || this == LocationEcbn || this == LocationMemberNumber || this == None;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
