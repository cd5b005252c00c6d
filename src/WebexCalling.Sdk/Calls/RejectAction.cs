using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Calls;

/// <summary>What happens to an incoming call that is rejected.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<RejectAction>))]
public readonly record struct RejectAction(string Value) : IWireValue<RejectAction>
{
    /// <summary>The caller gets a busy treatment.</summary>
    public static RejectAction Busy { get; } = new("busy");

    /// <summary>The caller gets a temporarily-unavailable treatment.</summary>
    public static RejectAction TemporarilyUnavailable { get; } = new("temporarilyUnavailable");

    /// <summary>The caller keeps hearing ringback while the user's devices stop alerting.</summary>
    public static RejectAction Ignore { get; } = new("ignore");

    /// <inheritdoc />
    public static RejectAction FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Busy || this == TemporarilyUnavailable || this == Ignore;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
