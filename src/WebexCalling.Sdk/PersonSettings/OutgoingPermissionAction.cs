using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>What happens to an outgoing call of a call type or digit pattern.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<OutgoingPermissionAction>))]
public readonly record struct OutgoingPermissionAction(string Value) : IWireValue<OutgoingPermissionAction>
{
    /// <summary>The call is placed.</summary>
    public static OutgoingPermissionAction Allow { get; } = new("ALLOW");

    /// <summary>The call is blocked.</summary>
    public static OutgoingPermissionAction Block { get; } = new("BLOCK");

    /// <summary>The caller must enter an authorization (access) code.</summary>
    public static OutgoingPermissionAction AuthCode { get; } = new("AUTH_CODE");

    /// <summary>The call goes to the first auto transfer number.</summary>
    public static OutgoingPermissionAction TransferNumber1 { get; } = new("TRANSFER_NUMBER_1");

    /// <summary>The call goes to the second auto transfer number.</summary>
    public static OutgoingPermissionAction TransferNumber2 { get; } = new("TRANSFER_NUMBER_2");

    /// <summary>The call goes to the third auto transfer number.</summary>
    public static OutgoingPermissionAction TransferNumber3 { get; } = new("TRANSFER_NUMBER_3");

    /// <inheritdoc />
    public static OutgoingPermissionAction FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Allow || this == Block || this == AuthCode || this == TransferNumber1 || this == TransferNumber2 || this == TransferNumber3;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
