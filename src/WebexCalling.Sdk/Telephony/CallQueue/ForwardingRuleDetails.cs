using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>A selective forwarding rule of a call queue, hunt group or auto attendant.</summary>
public sealed record ForwardingRuleDetails
{
    /// <summary>The rule's name; changing it changes the rule's id.</summary>
    public string? Name { get; init; }

    /// <summary>The rule's id (read-only).</summary>
    public string? Id { get; init; }

    /// <summary>Whether the rule is on.</summary>
    public bool? Enabled { get; init; }

    /// <summary>The holiday schedule during which the rule applies.</summary>
    public string? HolidaySchedule { get; init; }

    /// <summary>The business schedule during which the rule applies.</summary>
    public string? BusinessSchedule { get; init; }

    /// <summary>Where matching calls go.</summary>
    public ForwardTo? ForwardTo { get; init; }

    /// <summary>The feature's numbers the rule matches.</summary>
    public ForwardCallsTo? CallsTo { get; init; }

    /// <summary>The callers the rule matches.</summary>
    public CallsFrom? CallsFrom { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>The create or update body: everything but the id.</summary>
    internal ForwardingRuleDetails ForUpdate() => this with { Id = null };
}
