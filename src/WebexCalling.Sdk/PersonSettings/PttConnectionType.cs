using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Whether push-to-talk is one-way or two-way (wxc_sdk <c>PTTConnectionType</c>).</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<PttConnectionType>))]
public readonly record struct PttConnectionType(string Value) : IWireValue<PttConnectionType>
{
    /// <summary>Initiators talk; the person cannot respond.</summary>
    public static PttConnectionType OneWay { get; } = new("ONE_WAY");

    /// <summary>A two-way conversation.</summary>
    public static PttConnectionType TwoWay { get; } = new("TWO_WAY");

    /// <inheritdoc />
    public static PttConnectionType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == OneWay || this == TwoWay;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
