using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>A selective forwarding rule as the forwarding settings list it.</summary>
public sealed record ForwardingRule
{
    /// <summary>The rule's id.</summary>
    public string? Id { get; init; }

    /// <summary>The rule's name (read-only here).</summary>
    public string? Name { get; init; }

    /// <summary>The callers the rule matches (read-only here).</summary>
    public string? CallsFrom { get; init; }

    /// <summary>Where matching calls go (read-only here).</summary>
    public string? ForwardTo { get; init; }

    /// <summary>The numbers the rule matches (read-only here).</summary>
    public string? CallsTo { get; init; }

    /// <summary>Whether the rule is on.</summary>
    public bool? Enabled { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
