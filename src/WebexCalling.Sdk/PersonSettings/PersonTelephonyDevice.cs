using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A device a person has a line on (wxc_sdk: TelephonyDevice).</summary>
public sealed record PersonTelephonyDevice
{
    /// <summary>The device id.</summary>
    [JsonPropertyName("id")] // wxc_sdk: device_id
    public string? DeviceId { get; init; }

    /// <summary>Descriptions of the device (wxc_sdk and the reference schema).</summary>
    public IReadOnlyList<string>? Description { get; init; }

    /// <summary>Descriptions of the device, as the official example answer spells the field.</summary>
    public IReadOnlyList<string>? Descriptions { get; init; }

    /// <summary>Display name of the model (in the official example).</summary>
    public string? DisplayName { get; init; }

    /// <summary>The model.</summary>
    public string? Model { get; init; }

    /// <summary>The kind of device.</summary>
    public PersonDeviceModelType? ModelType { get; init; }

    /// <summary>MAC address.</summary>
    public string? Mac { get; init; }

    /// <summary>IP address.</summary>
    public string? IpAddress { get; init; }

    /// <summary>True when the person owns the device.</summary>
    public bool? PrimaryOwner { get; init; }

    /// <summary>How the person appears on the device.</summary>
    [JsonPropertyName("type")] // wxc_sdk: device_type
    public SettingsLineType? DeviceType { get; init; }

    /// <summary>Hoteling settings.</summary>
    public DeviceHoteling? Hoteling { get; init; }

    /// <summary>The device's owner.</summary>
    public PersonDeviceOwner? Owner { get; init; }

    /// <summary>The activation state.</summary>
    public PersonDeviceActivationState? ActivationState { get; init; }

    /// <summary>The device's location.</summary>
    public IdAndName? Location { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
