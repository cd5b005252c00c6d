using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.People;

/// <summary>The kind of account.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<PersonType>))]
public readonly record struct PersonType(string Value) : IWireValue<PersonType>
{
    /// <summary>A person.</summary>
    public static PersonType Person { get; } = new("person");

    /// <summary>A bot.</summary>
    public static PersonType Bot { get; } = new("bot");

    /// <summary>A guest user.</summary>
    public static PersonType AppUser { get; } = new("appuser");

    /// <inheritdoc />
    public static PersonType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Person || this == Bot || this == AppUser;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
