using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Whether an update adds or removes a number (wxc_sdk: PatternAction).</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<PersonNumberAction>))]
public readonly record struct PersonNumberAction(string Value) : IWireValue<PersonNumberAction>
{
    /// <summary>Add the number.</summary>
    public static PersonNumberAction Add { get; } = new("ADD");

    /// <summary>Remove the number.</summary>
    public static PersonNumberAction Delete { get; } = new("DELETE");

    /// <inheritdoc />
    public static PersonNumberAction FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Add || this == Delete;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
