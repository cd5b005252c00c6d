using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>The order in which a call queue or hunt group offers calls to its agents.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<Policy>))]
public readonly record struct Policy(string Value) : IWireValue<Policy>
{
    /// <summary>Round robin, starting after the agent who took the last call (up to 1,000 agents).</summary>
    public static Policy Circular { get; } = new("CIRCULAR");

    /// <summary>Top-down through the agent list, from the top every time (up to 1,000 agents).</summary>
    public static Policy Regular { get; } = new("REGULAR");

    /// <summary>All agents at once (up to 50 agents).</summary>
    public static Policy Simultaneous { get; } = new("SIMULTANEOUS");

    /// <summary>The agent idle the longest first (up to 1,000 agents).</summary>
    public static Policy Uniform { get; } = new("UNIFORM");

    /// <summary>By the percentage weights given to the agents (up to 100 agents).</summary>
    public static Policy Weighted { get; } = new("WEIGHTED");

    /// <inheritdoc />
    public static Policy FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Circular || this == Regular || this == Simultaneous || this == Uniform || this == Weighted;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
