using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>The kind of entity a phone number is assigned to.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<OwnerType>))]
public readonly record struct OwnerType(string Value) : IWireValue<OwnerType>
{
    /// <summary>A workspace.</summary>
    public static OwnerType Place { get; } = new("PLACE");

    /// <summary>A person.</summary>
    public static OwnerType People { get; } = new("PEOPLE");

    /// <summary>A virtual line.</summary>
    public static OwnerType VirtualLine { get; } = new("VIRTUAL_LINE");

    /// <summary>An auto attendant.</summary>
    public static OwnerType AutoAttendant { get; } = new("AUTO_ATTENDANT");

    /// <summary>A call queue.</summary>
    public static OwnerType CallQueue { get; } = new("CALL_QUEUE");

    /// <summary>A paging group (wxc_sdk's spelling).</summary>
    public static OwnerType PagingGroup { get; } = new("PAGING_GROUP");

    /// <summary>A paging group (the official reference's spelling).</summary>
    public static OwnerType GroupPaging { get; } = new("GROUP_PAGING");

    /// <summary>A hunt group.</summary>
    public static OwnerType HuntGroup { get; } = new("HUNT_GROUP");

    /// <summary>Voice messaging.</summary>
    public static OwnerType VoiceMessaging { get; } = new("VOICE_MESSAGING");

    /// <summary>Single number reach.</summary>
    public static OwnerType OfficeAnywhere { get; } = new("OFFICE_ANYWHERE");

    /// <summary>Single number reach (BroadWorks Anywhere).</summary>
    public static OwnerType BroadworksAnywhere { get; } = new("BROADWORKS_ANYWHERE");

    /// <summary>A contact center link.</summary>
    public static OwnerType ContactCenterLink { get; } = new("CONTACT_CENTER_LINK");

    /// <summary>A contact center adapter.</summary>
    public static OwnerType ContactCenterAdapter { get; } = new("CONTACT_CENTER_ADAPTER");

    /// <summary>A route list.</summary>
    public static OwnerType RouteList { get; } = new("ROUTE_LIST");

    /// <summary>A voicemail group.</summary>
    public static OwnerType VoicemailGroup { get; } = new("VOICEMAIL_GROUP");

    /// <summary>A collaborate bridge.</summary>
    public static OwnerType CollaborateBridge { get; } = new("COLLABORATE_BRIDGE");

    /// <summary>An AI receptionist.</summary>
    public static OwnerType AiReceptionist { get; } = new("AI_RECEPTIONIST");

    /// <inheritdoc />
    public static OwnerType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Place || this == People || this == VirtualLine || this == AutoAttendant || this == CallQueue || this == PagingGroup || this == GroupPaging || this == HuntGroup || this == VoiceMessaging || this == OfficeAnywhere || this == BroadworksAnywhere || this == ContactCenterLink || this == ContactCenterAdapter || this == RouteList || this == VoicemailGroup || this == CollaborateBridge || this == AiReceptionist;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
