using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Common;

/// <summary>Whether a phone number is in service (wxc_sdk: NumberState).</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<AvailableNumberState>))]
public readonly record struct AvailableNumberState(string Value) : IWireValue<AvailableNumberState>
{
    /// <summary>In service.</summary>
    public static AvailableNumberState Active { get; } = new("ACTIVE");

    /// <summary>Not in service.</summary>
    public static AvailableNumberState Inactive { get; } = new("INACTIVE");

    /// <inheritdoc />
    public static AvailableNumberState FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Active || this == Inactive;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
