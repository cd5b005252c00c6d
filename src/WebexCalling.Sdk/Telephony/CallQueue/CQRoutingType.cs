using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>How a call queue picks the agents a call goes to.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<CQRoutingType>))]
public readonly record struct CQRoutingType(string Value) : IWireValue<CQRoutingType>
{
    /// <summary>The routing policy alone decides.</summary>
    public static CQRoutingType PriorityBased { get; } = new("PRIORITY_BASED");

    /// <summary>Agents with the best skill level first; the policy breaks ties.</summary>
    public static CQRoutingType SkillBased { get; } = new("SKILL_BASED");

    /// <inheritdoc />
    public static CQRoutingType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == PriorityBased || this == SkillBased;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
