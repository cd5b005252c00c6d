using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>The kind of a preferred answer endpoint.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<PreferredAnswerEndpointType>))]
public readonly record struct PreferredAnswerEndpointType(string Value) : IWireValue<PreferredAnswerEndpointType>
{
    /// <summary>A Webex application.</summary>
    public static PreferredAnswerEndpointType Application { get; } = new("APPLICATION");

    /// <summary>A device.</summary>
    public static PreferredAnswerEndpointType Device { get; } = new("DEVICE");

    /// <inheritdoc />
    public static PreferredAnswerEndpointType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Application || this == Device;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
