using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>One monitored element: a member, a call park extension or a speed dial.</summary>
public sealed record MonitoredElement
{
    /// <summary>A monitored person, workspace or virtual line.</summary>
    public MonitoredElementMember? Member { get; init; }

    /// <summary>A monitored call park extension.</summary>
    [JsonPropertyName("callparkextension")]
    public MonitoredElementCpe? Cpe { get; init; }

    /// <summary>A monitored speed dial.</summary>
    public MonitoredElementSpeedDial? SpeedDial { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
