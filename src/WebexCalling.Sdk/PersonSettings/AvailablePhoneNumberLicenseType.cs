using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>The license type a primary number is wanted for.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<AvailablePhoneNumberLicenseType>))]
public readonly record struct AvailablePhoneNumberLicenseType(string Value) : IWireValue<AvailablePhoneNumberLicenseType>
{
    /// <summary>Standard license for a virtual account.</summary>
    public static AvailablePhoneNumberLicenseType VarStandard { get; } = new("VAR_STANDARD");

    /// <summary>Basic license for a virtual account.</summary>
    public static AvailablePhoneNumberLicenseType VarBasic { get; } = new("VAR_BASIC");

    /// <summary>Webex Calling Professional.</summary>
    public static AvailablePhoneNumberLicenseType WebexCallingProfessional { get; } = new("Webex Calling Professional");

    /// <summary>Webex Calling Standard.</summary>
    public static AvailablePhoneNumberLicenseType WebexCallingStandard { get; } = new("Webex Calling Standard");

    /// <inheritdoc />
    public static AvailablePhoneNumberLicenseType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == VarStandard || this == VarBasic || this == WebexCallingProfessional || this == WebexCallingStandard;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
