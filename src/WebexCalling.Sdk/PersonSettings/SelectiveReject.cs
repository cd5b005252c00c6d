using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Selective reject: calls that meet a criteria are rejected.</summary>
public sealed record SelectiveReject
{
    /// <summary>True when selective reject is on.</summary>
    public bool? Enabled { get; init; }

    /// <summary>The criteria (read-only here; not sent by ConfigureAsync).</summary>
    public IReadOnlyList<SelectiveRejectCrit>? Criteria { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
