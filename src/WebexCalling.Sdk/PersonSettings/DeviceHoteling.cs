using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Hoteling on a person's primary device: guests can log in and use it (wxc_sdk: Hoteling).</summary>
public sealed record DeviceHoteling
{
    /// <summary>True when hoteling is on.</summary>
    public bool? Enabled { get; init; }

    /// <summary>True when a guest's use is limited in time.</summary>
    public bool? LimitGuestUse { get; init; }

    /// <summary>How many hours a guest may use the device.</summary>
    public int? GuestHoursLimit { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
