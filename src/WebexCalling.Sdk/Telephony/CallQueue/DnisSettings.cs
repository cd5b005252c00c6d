using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>DNIS settings of a call queue.</summary>
public sealed record DnisSettings
{
    /// <summary>Whether distinctive ringing is on for the queue.</summary>
    public bool? DistinctiveRingingEnabled { get; init; }

    /// <summary>Whether agents see the DNIS name and number.</summary>
    public bool? DisplayDnisNameAndNumberEnabled { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
