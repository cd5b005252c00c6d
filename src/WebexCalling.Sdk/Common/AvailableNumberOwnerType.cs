using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Common;

/// <summary>The kind of entity a phone number is assigned to (wxc_sdk: OwnerType).</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<AvailableNumberOwnerType>))]
public readonly record struct AvailableNumberOwnerType(string Value) : IWireValue<AvailableNumberOwnerType>
{
    /// <summary>A workspace.</summary>
    public static AvailableNumberOwnerType Place { get; } = new("PLACE");

    /// <summary>A person.</summary>
    public static AvailableNumberOwnerType People { get; } = new("PEOPLE");

    /// <summary>A virtual line.</summary>
    public static AvailableNumberOwnerType VirtualLine { get; } = new("VIRTUAL_LINE");

    /// <summary>An auto attendant.</summary>
    public static AvailableNumberOwnerType AutoAttendant { get; } = new("AUTO_ATTENDANT");

    /// <summary>A call queue.</summary>
    public static AvailableNumberOwnerType CallQueue { get; } = new("CALL_QUEUE");

    /// <summary>A paging group.</summary>
    public static AvailableNumberOwnerType PagingGroup { get; } = new("PAGING_GROUP");

    /// <summary>A paging group (as the official reference spells it).</summary>
    public static AvailableNumberOwnerType GroupPaging { get; } = new("GROUP_PAGING");

    /// <summary>A hunt group.</summary>
    public static AvailableNumberOwnerType HuntGroup { get; } = new("HUNT_GROUP");

    /// <summary>Voice messaging.</summary>
    public static AvailableNumberOwnerType VoiceMessaging { get; } = new("VOICE_MESSAGING");

    /// <summary>Office Anywhere.</summary>
    public static AvailableNumberOwnerType OfficeAnywhere { get; } = new("OFFICE_ANYWHERE");

    /// <summary>BroadWorks Anywhere.</summary>
    public static AvailableNumberOwnerType BroadworksAnywhere { get; } = new("BROADWORKS_ANYWHERE");

    /// <summary>A contact center link.</summary>
    public static AvailableNumberOwnerType ContactCenterLink { get; } = new("CONTACT_CENTER_LINK");

    /// <summary>A contact center adapter.</summary>
    public static AvailableNumberOwnerType ContactCenterAdapter { get; } = new("CONTACT_CENTER_ADAPTER");

    /// <summary>A route list.</summary>
    public static AvailableNumberOwnerType RouteList { get; } = new("ROUTE_LIST");

    /// <summary>A voicemail group.</summary>
    public static AvailableNumberOwnerType VoicemailGroup { get; } = new("VOICEMAIL_GROUP");

    /// <summary>A collaborate bridge.</summary>
    public static AvailableNumberOwnerType CollaborateBridge { get; } = new("COLLABORATE_BRIDGE");

    /// <summary>An AI receptionist.</summary>
    public static AvailableNumberOwnerType AiReceptionist { get; } = new("AI_RECEPTIONIST");

    /// <inheritdoc />
    public static AvailableNumberOwnerType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Place || this == People || this == VirtualLine || this == AutoAttendant || this == CallQueue || this == PagingGroup || this == GroupPaging || this == HuntGroup || this == VoiceMessaging || this == OfficeAnywhere || this == BroadworksAnywhere || this == ContactCenterLink || this == ContactCenterAdapter || this == RouteList || this == VoicemailGroup || this == CollaborateBridge || this == AiReceptionist;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
