using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.People;

/// <summary>The kind of a person's phone number.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<PhoneNumberType>))]
public readonly record struct PhoneNumberType(string Value) : IWireValue<PhoneNumberType>
{
    /// <summary>Work phone number.</summary>
    public static PhoneNumberType Work { get; } = new("work");

    /// <summary>Work extension; for a Webex Calling user it carries the location's routing prefix.</summary>
    public static PhoneNumberType WorkExtension { get; } = new("work_extension");

    /// <summary>Mobile number.</summary>
    public static PhoneNumberType Mobile { get; } = new("mobile");

    /// <summary>Fax number.</summary>
    public static PhoneNumberType Fax { get; } = new("fax");

    /// <summary>Enterprise number.</summary>
    public static PhoneNumberType Enterprise { get; } = new("enterprise");

    /// <summary>First alternate number.</summary>
    public static PhoneNumberType Alternate1 { get; } = new("alternate1");

    /// <summary>Second alternate number.</summary>
    public static PhoneNumberType Alternate2 { get; } = new("alternate2");

    /// <inheritdoc />
    public static PhoneNumberType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Work || this == WorkExtension || this == Mobile || this == Fax || this == Enterprise
        || this == Alternate1 || this == Alternate2;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
