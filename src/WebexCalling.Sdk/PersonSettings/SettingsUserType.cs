using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>The kind of a member: person, workspace or virtual line (wxc_sdk: UserType).</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<SettingsUserType>))]
public readonly record struct SettingsUserType(string Value) : IWireValue<SettingsUserType>
{
    /// <summary>A person.</summary>
    public static SettingsUserType People { get; } = new("PEOPLE");

    /// <summary>A workspace.</summary>
    public static SettingsUserType Place { get; } = new("PLACE");

    /// <summary>A virtual line.</summary>
    public static SettingsUserType VirtualLine { get; } = new("VIRTUAL_LINE");

    /// <inheritdoc />
    public static SettingsUserType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == People || this == Place || this == VirtualLine;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
