using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Common;

/// <summary>A per-field error Webex attaches to an otherwise successful answer (e.g. a person's calling data).</summary>
public sealed record CodeAndReason
{
    /// <summary>The error code.</summary>
    public string? Code { get; init; }

    /// <summary>What went wrong.</summary>
    public string? Reason { get; init; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
