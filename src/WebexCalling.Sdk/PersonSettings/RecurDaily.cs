using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Daily recurrence of a schedule event.</summary>
public sealed record RecurDaily
{
    /// <summary>The number of days between repetitions.</summary>
    public int? RecurInterval { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
