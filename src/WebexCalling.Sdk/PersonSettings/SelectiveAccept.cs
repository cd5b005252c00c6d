using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Selective accept: only calls that meet a criteria are accepted.</summary>
public sealed record SelectiveAccept
{
    /// <summary>True when selective accept is on.</summary>
    public bool? Enabled { get; init; }

    /// <summary>The criteria (read-only here; not sent by ConfigureAsync).</summary>
    public IReadOnlyList<SelectiveAcceptCrit>? Criteria { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
