using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>How the personal assistant alerts the person about a call.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<PersonalAssistantAlerting>))]
public readonly record struct PersonalAssistantAlerting(string Value) : IWireValue<PersonalAssistantAlerting>
{
    /// <summary>Ring the person first, then transfer.</summary>
    public static PersonalAssistantAlerting AlertMeFirst { get; } = new("ALERT_ME_FIRST");

    /// <summary>Play a ring reminder.</summary>
    public static PersonalAssistantAlerting PlayRingReminder { get; } = new("PLAY_RING_REMINDER");

    /// <summary>No alert.</summary>
    public static PersonalAssistantAlerting None { get; } = new("NONE");

    /// <inheritdoc />
    public static PersonalAssistantAlerting FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == AlertMeFirst || this == PlayRingReminder || this == None;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
