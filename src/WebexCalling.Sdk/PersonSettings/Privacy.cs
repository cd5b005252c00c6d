using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>An entity's privacy settings.</summary>
public sealed record Privacy
{
    /// <summary>True to allow auto attendant extension dialing.</summary>
    public bool? AaExtensionDialingEnabled { get; init; }

    /// <summary>True to allow auto attendant dialing by name.</summary>
    public bool? AaNamingDialingEnabled { get; init; }

    /// <summary>True to enable phone status directory privacy.</summary>
    public bool? EnablePhoneStatusDirectoryPrivacy { get; init; }

    /// <summary>True to restrict call pickup and barge-in to the monitoring agents.</summary>
    public bool? EnablePhoneStatusPickupBargeInPrivacy { get; init; }

    /// <summary>The people allowed to monitor the line; an update sends only their ids.</summary>
    public IReadOnlyList<SettingsMember>? MonitoringAgents { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
