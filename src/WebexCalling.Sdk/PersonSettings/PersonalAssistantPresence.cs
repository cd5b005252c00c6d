using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Why a person is away, as the personal assistant announces it.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<PersonalAssistantPresence>))]
public readonly record struct PersonalAssistantPresence(string Value) : IWireValue<PersonalAssistantPresence>
{
    /// <summary>Not set.</summary>
    public static PersonalAssistantPresence None { get; } = new("NONE");

    /// <summary>On a business trip.</summary>
    public static PersonalAssistantPresence BusinessTrip { get; } = new("BUSINESS_TRIP");

    /// <summary>Gone for the day.</summary>
    public static PersonalAssistantPresence GoneForTheDay { get; } = new("GONE_FOR_THE_DAY");

    /// <summary>At lunch.</summary>
    public static PersonalAssistantPresence Lunch { get; } = new("LUNCH");

    /// <summary>In a meeting.</summary>
    public static PersonalAssistantPresence Meeting { get; } = new("MEETING");

    /// <summary>Out of the office.</summary>
    public static PersonalAssistantPresence OutOfOffice { get; } = new("OUT_OF_OFFICE");

    /// <summary>Temporarily out.</summary>
    public static PersonalAssistantPresence TemporarilyOut { get; } = new("TEMPORARILY_OUT");

    /// <summary>In training.</summary>
    public static PersonalAssistantPresence Training { get; } = new("TRAINING");

    /// <summary>Unavailable.</summary>
    public static PersonalAssistantPresence Unavailable { get; } = new("UNAVAILABLE");

    /// <summary>On vacation.</summary>
    public static PersonalAssistantPresence Vacation { get; } = new("VACATION");

    /// <inheritdoc />
    public static PersonalAssistantPresence FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == None || this == BusinessTrip || this == GoneForTheDay || this == Lunch || this == Meeting || this == OutOfOffice || this == TemporarilyOut || this == Training || this == Unavailable || this == Vacation;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
