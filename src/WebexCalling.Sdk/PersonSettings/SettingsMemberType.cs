using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>The kind of a member of a settings list: person, workspace or virtual line (wxc_sdk <c>UserType</c>).</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<SettingsMemberType>))]
public readonly record struct SettingsMemberType(string Value) : IWireValue<SettingsMemberType>
{
    /// <summary>A person.</summary>
    public static SettingsMemberType People { get; } = new("PEOPLE");

    /// <summary>A workspace.</summary>
    public static SettingsMemberType Place { get; } = new("PLACE");

    /// <summary>A virtual line.</summary>
    public static SettingsMemberType VirtualLine { get; } = new("VIRTUAL_LINE");

    /// <inheritdoc />
    public static SettingsMemberType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == People || this == Place || this == VirtualLine;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
