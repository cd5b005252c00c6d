using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings.Executive;

/// <summary>What happens to a call no assistant answers.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<ExecAlertRolloverAction>))]
public readonly record struct ExecAlertRolloverAction(string Value) : IWireValue<ExecAlertRolloverAction>
{
    /// <summary>Send to voicemail.</summary>
    public static ExecAlertRolloverAction VoiceMessaging { get; } = new("VOICE_MESSAGING");

    /// <summary>Apply the executive's no-answer processing.</summary>
    public static ExecAlertRolloverAction NoAnswerProcessing { get; } = new("NO_ANSWER_PROCESSING");

    /// <summary>Forward to a number.</summary>
    public static ExecAlertRolloverAction Forward { get; } = new("FORWARD");

    /// <inheritdoc />
    public static ExecAlertRolloverAction FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == VoiceMessaging || this == NoAnswerProcessing || this == Forward;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
