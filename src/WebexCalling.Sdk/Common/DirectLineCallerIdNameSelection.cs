using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Common;

/// <summary>Which direct line caller ID name is shown.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<DirectLineCallerIdNameSelection>))]
public readonly record struct DirectLineCallerIdNameSelection(string Value) : IWireValue<DirectLineCallerIdNameSelection>
{
    /// <summary>The custom name.</summary>
    public static DirectLineCallerIdNameSelection CustomName { get; } = new("CUSTOM_NAME");

    /// <summary>First name, then last name.</summary>
    public static DirectLineCallerIdNameSelection FirstNameLastName { get; } = new("FIRSTNAME_LASTNAME");

    /// <summary>Last name, then first name.</summary>
    public static DirectLineCallerIdNameSelection LastNameFirstName { get; } = new("LASTNAME_FIRSTNAME");

    /// <summary>The display name.</summary>
    public static DirectLineCallerIdNameSelection DisplayName { get; } = new("DISPLAY_NAME");

    /// <inheritdoc />
    public static DirectLineCallerIdNameSelection FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == CustomName || this == FirstNameLastName || this == LastNameFirstName || this == DisplayName;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
