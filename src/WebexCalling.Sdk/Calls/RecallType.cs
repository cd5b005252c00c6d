using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Calls;

/// <summary>The kind of recall an incoming call is.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<RecallType>))]
public readonly record struct RecallType(string Value) : IWireValue<RecallType>
{
    /// <summary>The user is recalled for a call they parked.</summary>
    public static RecallType Park { get; } = new("park");

    /// <inheritdoc />
    public static RecallType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Park;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
