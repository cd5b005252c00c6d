using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>The kind of feature whose operating modes a person manages (wxc_sdk: FeatureType).</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<ModeManagementFeatureType>))]
public readonly record struct ModeManagementFeatureType(string Value) : IWireValue<ModeManagementFeatureType>
{
    /// <summary>An auto attendant.</summary>
    public static ModeManagementFeatureType AutoAttendant { get; } = new("AUTO_ATTENDANT");

    /// <summary>A call queue.</summary>
    public static ModeManagementFeatureType CallQueue { get; } = new("CALL_QUEUE");

    /// <summary>A hunt group.</summary>
    public static ModeManagementFeatureType HuntGroup { get; } = new("HUNT_GROUP");

    /// <inheritdoc />
    public static ModeManagementFeatureType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == AutoAttendant || this == CallQueue || this == HuntGroup;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
