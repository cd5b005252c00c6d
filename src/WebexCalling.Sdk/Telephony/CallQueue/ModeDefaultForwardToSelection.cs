using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>The forwarding an operating mode itself defines.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<ModeDefaultForwardToSelection>))]
public readonly record struct ModeDefaultForwardToSelection(string Value) : IWireValue<ModeDefaultForwardToSelection>
{
    /// <summary>Forward to the mode's destination.</summary>
    public static ModeDefaultForwardToSelection ForwardToSpecifiedNumber { get; } = new("FORWARD_TO_SPECIFIED_NUMBER");

    /// <summary>Do not forward.</summary>
    public static ModeDefaultForwardToSelection DoNotForward { get; } = new("DO_NOT_FORWARD");

    /// <inheritdoc />
    public static ModeDefaultForwardToSelection FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == ForwardToSpecifiedNumber || this == DoNotForward;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
