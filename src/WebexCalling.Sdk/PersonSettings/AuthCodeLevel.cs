using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Where an access code is defined.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<AuthCodeLevel>))]
public readonly record struct AuthCodeLevel(string Value) : IWireValue<AuthCodeLevel>
{
    /// <summary>The code belongs to the location.</summary>
    public static AuthCodeLevel Location { get; } = new("LOCATION");

    /// <summary>The code belongs to the entity itself.</summary>
    public static AuthCodeLevel Custom { get; } = new("CUSTOM");

    /// <inheritdoc />
    public static AuthCodeLevel FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Location || this == Custom;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
