using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>The activation state of a device (wxc_sdk: DeviceActivationState).</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<PersonDeviceActivationState>))]
public readonly record struct PersonDeviceActivationState(string Value) : IWireValue<PersonDeviceActivationState>
{
    /// <summary>Being activated.</summary>
    public static PersonDeviceActivationState Activating { get; } = new("ACTIVATING");

    /// <summary>Activated.</summary>
    public static PersonDeviceActivationState Activated { get; } = new("ACTIVATED");

    /// <summary>Deactivated.</summary>
    public static PersonDeviceActivationState Deactivated { get; } = new("DEACTIVATED");

    /// <summary>Being activated (the official reference's spelling).</summary>
    public static PersonDeviceActivationState ActivatingLower { get; } = new("activating");

    /// <summary>Activated (the official reference's spelling).</summary>
    public static PersonDeviceActivationState ActivatedLower { get; } = new("activated");

    /// <summary>Deactivated (the official reference's spelling).</summary>
    public static PersonDeviceActivationState DeactivatedLower { get; } = new("deactivated");

    /// <inheritdoc />
    public static PersonDeviceActivationState FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Activating || this == Activated || this == Deactivated || this == ActivatingLower || this == ActivatedLower || this == DeactivatedLower;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
