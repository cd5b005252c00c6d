using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A category of outgoing calls that outgoing permissions regulate.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<OutgoingPermissionCallType>))]
public readonly record struct OutgoingPermissionCallType(string Value) : IWireValue<OutgoingPermissionCallType>
{
    /// <summary>Calls within the organisation.</summary>
    public static OutgoingPermissionCallType InternalCall { get; } = new("INTERNAL_CALL");

    /// <summary>Local calls (being retired by Webex).</summary>
    public static OutgoingPermissionCallType Local { get; } = new("LOCAL");

    /// <summary>Toll-free numbers.</summary>
    public static OutgoingPermissionCallType TollFree { get; } = new("TOLL_FREE");

    /// <summary>Toll calls (being retired by Webex).</summary>
    public static OutgoingPermissionCallType Toll { get; } = new("TOLL");

    /// <summary>National calls.</summary>
    public static OutgoingPermissionCallType National { get; } = new("NATIONAL");

    /// <summary>International calls.</summary>
    public static OutgoingPermissionCallType International { get; } = new("INTERNATIONAL");

    /// <summary>Calls placed through an operator.</summary>
    public static OutgoingPermissionCallType OperatorAssisted { get; } = new("OPERATOR_ASSISTED");

    /// <summary>Chargeable directory assistance.</summary>
    public static OutgoingPermissionCallType ChargeableDirectoryAssisted { get; } = new("CHARGEABLE_DIRECTORY_ASSISTED");

    /// <summary>Special services, first group.</summary>
    public static OutgoingPermissionCallType SpecialServicesI { get; } = new("SPECIAL_SERVICES_I");

    /// <summary>Special services, second group.</summary>
    public static OutgoingPermissionCallType SpecialServicesII { get; } = new("SPECIAL_SERVICES_II");

    /// <summary>Premium services, first group.</summary>
    public static OutgoingPermissionCallType PremiumServicesI { get; } = new("PREMIUM_SERVICES_I");

    /// <summary>Premium services, second group.</summary>
    public static OutgoingPermissionCallType PremiumServicesII { get; } = new("PREMIUM_SERVICES_II");

    /// <summary>URL dialing; read-only, left out of updates by default.</summary>
    public static OutgoingPermissionCallType UrlDialing { get; } = new("URL_DIALING");

    /// <summary>Unknown destinations; read-only, left out of updates by default.</summary>
    public static OutgoingPermissionCallType Unknown { get; } = new("UNKNOWN");

    /// <summary>Casual (dial-around) calls; read-only, left out of updates by default.</summary>
    public static OutgoingPermissionCallType Casual { get; } = new("CASUAL");

    /// <inheritdoc />
    public static OutgoingPermissionCallType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == InternalCall || this == Local || this == TollFree || this == Toll || this == National || this == International || this == OperatorAssisted || this == ChargeableDirectoryAssisted || this == SpecialServicesI || this == SpecialServicesII || this == PremiumServicesI || this == PremiumServicesII || this == UrlDialing || this == Unknown || this == Casual;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
