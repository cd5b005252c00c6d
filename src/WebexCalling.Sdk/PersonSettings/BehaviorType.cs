using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Which application a person's calls use.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<BehaviorType>))]
public readonly record struct BehaviorType(string Value) : IWireValue<BehaviorType>
{
    /// <summary>Calling in Webex (formerly Spark Call), or Hybrid Calling.</summary>
    public static BehaviorType Native { get; } = new("NATIVE_WEBEX_TEAMS_CALLING");

    /// <summary>The Cisco Jabber app.</summary>
    public static BehaviorType CiscoTel { get; } = new("CALL_WITH_APP_REGISTERED_FOR_CISCOTEL");

    /// <summary>A third-party app.</summary>
    public static BehaviorType ThirdParty { get; } = new("CALL_WITH_APP_REGISTERED_FOR_TEL");

    /// <summary>The Webex Calling app.</summary>
    public static BehaviorType WebexCalling { get; } = new("CALL_WITH_APP_REGISTERED_FOR_WEBEXCALLTEL");

    /// <summary>Calling in Webex (Unified CM).</summary>
    public static BehaviorType NativeSipCallToUcm { get; } = new("NATIVE_SIP_CALL_TO_UCM");

    /// <inheritdoc />
    public static BehaviorType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Native || this == CiscoTel || this == ThirdParty || this == WebexCalling || this == NativeSipCallToUcm;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
