using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>Alternate numbers (up to ten) that ring the call queue or hunt group like its main number.</summary>
public sealed record AlternateNumberSettings
{
    /// <summary>Whether calls to alternate numbers use their own ring pattern.</summary>
    public bool? DistinctiveRingEnabled { get; init; }

    /// <summary>The alternate numbers, each with an optional ring pattern.</summary>
    public IReadOnlyList<AlternateNumber>? AlternateNumbers { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
