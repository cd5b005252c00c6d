using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A person's executive/assistant role.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<ExecAssistantType>))]
public readonly record struct ExecAssistantType(string Value) : IWireValue<ExecAssistantType>
{
    /// <summary>The feature is off.</summary>
    public static ExecAssistantType Unassigned { get; } = new("UNASSIGNED");

    /// <summary>The person is an executive.</summary>
    public static ExecAssistantType Executive { get; } = new("EXECUTIVE");

    /// <summary>The person is an executive assistant.</summary>
    public static ExecAssistantType ExecutiveAssistant { get; } = new("EXECUTIVE_ASSISTANT");

    /// <inheritdoc />
    public static ExecAssistantType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Unassigned || this == Executive || this == ExecutiveAssistant;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
