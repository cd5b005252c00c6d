using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings.Executive;

/// <summary>The caller ID name assistants see.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<ExecAlertClidNameMode>))]
public readonly record struct ExecAlertClidNameMode(string Value) : IWireValue<ExecAlertClidNameMode>
{
    /// <summary>Executive, then caller.</summary>
    public static ExecAlertClidNameMode ExecutiveOriginator { get; } = new("EXECUTIVE_ORIGINATOR");

    /// <summary>Caller, then executive.</summary>
    public static ExecAlertClidNameMode OriginatorExecutive { get; } = new("ORIGINATOR_EXECUTIVE");

    /// <summary>The executive.</summary>
    public static ExecAlertClidNameMode Executive { get; } = new("EXECUTIVE");

    /// <summary>The caller.</summary>
    public static ExecAlertClidNameMode Originator { get; } = new("ORIGINATOR");

    /// <summary>A custom name.</summary>
    public static ExecAlertClidNameMode Custom { get; } = new("CUSTOM");

    /// <inheritdoc />
    public static ExecAlertClidNameMode FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == ExecutiveOriginator || this == OriginatorExecutive || this == Executive || this == Originator || this == Custom;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
