using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Common;

/// <summary>The kind of member: person, workspace or virtual line.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<UserType>))]
public readonly record struct UserType(string Value) : IWireValue<UserType>
{
    /// <summary>A person (user).</summary>
    public static UserType People { get; } = new("PEOPLE");

    /// <summary>A workspace.</summary>
    public static UserType Place { get; } = new("PLACE");

    /// <summary>A virtual line.</summary>
    public static UserType VirtualLine { get; } = new("VIRTUAL_LINE");

    /// <inheritdoc />
    public static UserType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == People || this == Place || this == VirtualLine;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
