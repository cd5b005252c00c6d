using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>Which callers a selective forwarding rule matches.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<ForwardFromSelection>))]
public readonly record struct ForwardFromSelection(string Value) : IWireValue<ForwardFromSelection>
{
    /// <summary>Any caller.</summary>
    public static ForwardFromSelection Any { get; } = new("ANY");

    /// <summary>Only the numbers in <c>customNumbers</c>.</summary>
    public static ForwardFromSelection Custom { get; } = new("CUSTOM");

    /// <inheritdoc />
    public static ForwardFromSelection FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Any || this == Custom;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
