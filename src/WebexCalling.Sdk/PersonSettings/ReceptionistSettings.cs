using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A person's receptionist client settings.</summary>
public sealed record ReceptionistSettings
{
    /// <summary>True when the receptionist client is on; required for an update.</summary>
    [JsonPropertyName("receptionEnabled")]
    public bool? Enabled { get; init; }

    /// <summary>The people and workspaces monitored; an update sends only their ids.</summary>
    public IReadOnlyList<SettingsMember>? MonitoredMembers { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
