using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings.Executive;

/// <summary>The caller ID number assistants see.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<ExecAlertClidPhoneNumberMode>))]
public readonly record struct ExecAlertClidPhoneNumberMode(string Value) : IWireValue<ExecAlertClidPhoneNumberMode>
{
    /// <summary>The executive's number.</summary>
    public static ExecAlertClidPhoneNumberMode Executive { get; } = new("EXECUTIVE");

    /// <summary>The caller's number.</summary>
    public static ExecAlertClidPhoneNumberMode Originator { get; } = new("ORIGINATOR");

    /// <summary>A custom number.</summary>
    public static ExecAlertClidPhoneNumberMode Custom { get; } = new("CUSTOM");

    /// <inheritdoc />
    public static ExecAlertClidPhoneNumberMode FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Executive || this == Originator || this == Custom;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
