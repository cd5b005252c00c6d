using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.People;

/// <summary>The kind of a SIP address.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<SipType>))]
public readonly record struct SipType(string Value) : IWireValue<SipType>
{
    /// <summary>Personal room address.</summary>
    public static SipType PersonalRoom { get; } = new("personal-room");

    /// <summary>Enterprise address.</summary>
    public static SipType Enterprise { get; } = new("enterprise");

    /// <summary>Cloud calling address.</summary>
    public static SipType CloudCalling { get; } = new("cloud-calling");

    /// <summary>Unknown kind, as Webex reports it.</summary>
    public static SipType Unknown { get; } = new("unknown");

    /// <inheritdoc />
    public static SipType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == PersonalRoom || this == Enterprise || this == CloudCalling || this == Unknown;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
