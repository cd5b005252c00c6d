using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Whether end users may change a feature themselves (User Hub, Webex app, phone).</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<FeatureAccessLevel>))]
public readonly record struct FeatureAccessLevel(string Value) : IWireValue<FeatureAccessLevel>
{
    /// <summary>The user may change the feature.</summary>
    public static FeatureAccessLevel FullAccess { get; } = new("FULL_ACCESS");

    /// <summary>The user may not change the feature.</summary>
    public static FeatureAccessLevel NoAccess { get; } = new("NO_ACCESS");

    /// <inheritdoc />
    public static FeatureAccessLevel FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == FullAccess || this == NoAccess;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
