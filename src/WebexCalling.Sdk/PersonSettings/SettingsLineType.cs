using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>How a member appears on a device or application: its own line or a shared one (wxc_sdk: PrimaryOrShared).</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<SettingsLineType>))]
public readonly record struct SettingsLineType(string Value) : IWireValue<SettingsLineType>
{
    /// <summary>The member's primary line.</summary>
    public static SettingsLineType Primary { get; } = new("PRIMARY");

    /// <summary>A shared line appearance.</summary>
    public static SettingsLineType SharedCallAppearance { get; } = new("SHARED_CALL_APPEARANCE");

    /// <summary>A mobility line.</summary>
    public static SettingsLineType Mobility { get; } = new("MOBILITY");

    /// <summary>A hot-desking guest line.</summary>
    public static SettingsLineType HotdeskingGuest { get; } = new("HOTDESKING_GUEST");

    /// <inheritdoc />
    public static SettingsLineType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Primary || this == SharedCallAppearance || this == Mobility || this == HotdeskingGuest;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
