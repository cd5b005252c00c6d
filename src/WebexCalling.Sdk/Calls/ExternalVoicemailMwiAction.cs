using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Calls;

/// <summary>Turns the message waiting indicator of a person or workspace on or off.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<ExternalVoicemailMwiAction>))]
public readonly record struct ExternalVoicemailMwiAction(string Value) : IWireValue<ExternalVoicemailMwiAction>
{
    /// <summary>Turn the indicator on.</summary>
    public static ExternalVoicemailMwiAction Set { get; } = new("SET");

    /// <summary>Turn the indicator off.</summary>
    public static ExternalVoicemailMwiAction Clear { get; } = new("CLEAR");

    /// <inheritdoc />
    public static ExternalVoicemailMwiAction FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Set || this == Clear;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
