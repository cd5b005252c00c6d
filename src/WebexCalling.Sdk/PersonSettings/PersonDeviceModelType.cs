using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>The kind of device (wxc_sdk: DeviceType).</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<PersonDeviceModelType>))]
public readonly record struct PersonDeviceModelType(string Value) : IWireValue<PersonDeviceModelType>
{
    /// <summary>Cisco multiplatform phone.</summary>
    public static PersonDeviceModelType Mpp { get; } = new("MPP");

    /// <summary>Analog telephone adapter.</summary>
    public static PersonDeviceModelType Ata { get; } = new("ATA");

    /// <summary>Generic SIP device.</summary>
    public static PersonDeviceModelType GenericSip { get; } = new("GENERIC_SIP");

    /// <summary>eSIM.</summary>
    public static PersonDeviceModelType Esim { get; } = new("ESIM");

    /// <summary>Desk phone.</summary>
    public static PersonDeviceModelType DeskPhone { get; } = new("DESK_PHONE");

    /// <summary>RoomOS device.</summary>
    public static PersonDeviceModelType RoomOs { get; } = new("ROOM_OS");

    /// <summary>Mobile.</summary>
    public static PersonDeviceModelType Mobile { get; } = new("MOBILE");

    /// <inheritdoc />
    public static PersonDeviceModelType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Mpp || this == Ata || this == GenericSip || this == Esim || this == DeskPhone || this == RoomOs || this == Mobile;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
