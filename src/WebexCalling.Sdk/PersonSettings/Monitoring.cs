using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>An entity's monitoring settings: whose line status it sees.</summary>
public sealed record Monitoring
{
    /// <summary>True when call park notification is on.</summary>
    public bool? CallParkNotificationEnabled { get; init; }

    /// <summary>The monitored elements; an update sends only their ids.</summary>
    public IReadOnlyList<MonitoredElement>? MonitoredElements { get; init; }

    /// <summary>How many more entries can be added; read-only.</summary>
    public int? AvailableEntriesCount { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
