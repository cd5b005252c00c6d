using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>What happens to calls stranded in a queue without available agents.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<StrandedCallsAction>))]
public readonly record struct StrandedCallsAction(string Value) : IWireValue<StrandedCallsAction>
{
    /// <summary>The call stays in the queue.</summary>
    public static StrandedCallsAction None { get; } = new("NONE");

    /// <summary>The caller hears a fast busy tone.</summary>
    public static StrandedCallsAction Busy { get; } = new("BUSY");

    /// <summary>The call goes to <c>transferPhoneNumber</c>.</summary>
    public static StrandedCallsAction Transfer { get; } = new("TRANSFER");

    /// <summary>The night service settings apply.</summary>
    public static StrandedCallsAction NightService { get; } = new("NIGHT_SERVICE");

    /// <summary>The call leaves the queue; the caller hears ringing until hanging up.</summary>
    public static StrandedCallsAction Ringing { get; } = new("RINGING");

    /// <summary>The call leaves the queue; an announcement loops until the caller hangs up.</summary>
    public static StrandedCallsAction Announcement { get; } = new("ANNOUNCEMENT");

    /// <inheritdoc />
    public static StrandedCallsAction FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == None || this == Busy || this == Transfer || this == NightService || this == Ringing || this == Announcement;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
