using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>Where a forwarding rule sends a matching call.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<ForwardToSelection>))]
public readonly record struct ForwardToSelection(string Value) : IWireValue<ForwardToSelection>
{
    /// <summary>To the default forwarding destination.</summary>
    public static ForwardToSelection DefaultNumber { get; } = new("FORWARD_TO_DEFAULT_NUMBER");

    /// <summary>To the rule's own number.</summary>
    public static ForwardToSelection SpecifiedNumber { get; } = new("FORWARD_TO_SPECIFIED_NUMBER");

    /// <summary>Nowhere: the call is not forwarded.</summary>
    public static ForwardToSelection DontForward { get; } = new("DO_NOT_FORWARD");

    /// <inheritdoc />
    public static ForwardToSelection FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == DefaultNumber || this == SpecifiedNumber || this == DontForward;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
