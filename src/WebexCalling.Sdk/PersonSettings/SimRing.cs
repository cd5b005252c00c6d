using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Simultaneous ring: further numbers ring together with the entity's phones.</summary>
public sealed record SimRing
{
    /// <summary>True when simultaneous ring is on.</summary>
    public bool? Enabled { get; init; }

    /// <summary>True when the numbers do not ring while the entity is on a call.</summary>
    public bool? DoNotRingIfOnCallEnabled { get; init; }

    /// <summary>Up to 10 numbers to ring.</summary>
    public IReadOnlyList<SimRingNumber>? PhoneNumbers { get; init; }

    /// <summary>The criteria (read-only here; not sent by ConfigureAsync).</summary>
    public IReadOnlyList<SimRingCrit>? Criteria { get; init; }

    /// <summary>True when the criteria (schedules) are in effect.</summary>
    public bool? CriteriasEnabled { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
