using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>What happens to a new call when the queue is full.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<OverflowAction>))]
public readonly record struct OverflowAction(string Value) : IWireValue<OverflowAction>
{
    /// <summary>The caller hears a fast busy tone.</summary>
    public static OverflowAction PerformBusyTreatment { get; } = new("PERFORM_BUSY_TREATMENT");

    /// <summary>The call goes to the overflow transfer number.</summary>
    public static OverflowAction TransferToPhoneNumber { get; } = new("TRANSFER_TO_PHONE_NUMBER");

    /// <summary>The caller hears ringing until hanging up.</summary>
    public static OverflowAction PlayRingingUntilCallerHangsUp { get; } = new("PLAY_RINGING_UNTIL_CALLER_HANGS_UP");

    /// <inheritdoc />
    public static OverflowAction FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == PerformBusyTreatment || this == TransferToPhoneNumber || this == PlayRingingUntilCallerHangsUp;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
