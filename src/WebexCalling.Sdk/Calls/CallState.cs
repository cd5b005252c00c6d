using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Calls;

/// <summary>The state of a call.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<CallState>))]
public readonly record struct CallState(string Value) : IWireValue<CallState>
{
    /// <summary>The remote party is being alerted.</summary>
    public static CallState Connecting { get; } = new("connecting");

    /// <summary>The user's devices are alerting for an incoming or Click to Dial call.</summary>
    public static CallState Alerting { get; } = new("alerting");

    /// <summary>The call is connected.</summary>
    public static CallState Connected { get; } = new("connected");

    /// <summary>The user has put the call on hold.</summary>
    public static CallState Held { get; } = new("held");

    /// <summary>The remote party, in the same organisation, has put the call on hold.</summary>
    public static CallState RemoteHeld { get; } = new("remoteHeld");

    /// <summary>The call has ended.</summary>
    public static CallState Disconnected { get; } = new("disconnected");

    /// <inheritdoc />
    public static CallState FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Connecting || this == Alerting || this == Connected || this == Held
        || this == RemoteHeld || this == Disconnected;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
