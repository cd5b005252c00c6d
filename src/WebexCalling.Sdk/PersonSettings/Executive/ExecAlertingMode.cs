using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings.Executive;

/// <summary>How an executive's assistants are alerted.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<ExecAlertingMode>))]
public readonly record struct ExecAlertingMode(string Value) : IWireValue<ExecAlertingMode>
{
    /// <summary>One after the other.</summary>
    public static ExecAlertingMode Sequential { get; } = new("SEQUENTIAL");

    /// <summary>All at once.</summary>
    public static ExecAlertingMode Simultaneous { get; } = new("SIMULTANEOUS");

    /// <inheritdoc />
    public static ExecAlertingMode FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Sequential || this == Simultaneous;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
