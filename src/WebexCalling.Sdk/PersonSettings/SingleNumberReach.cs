using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A person's single number reach settings.</summary>
public sealed record SingleNumberReach
{
    /// <summary>True when single number reach is on.</summary>
    public bool? Enabled { get; init; }

    /// <summary>True when click-to-dial calls ring all numbers.</summary>
    public bool? AlertAllNumbersForClickToDialCallsEnabled { get; init; }

    /// <summary>The numbers.</summary>
    public IReadOnlyList<SingleNumberReachNumber>? Numbers { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
