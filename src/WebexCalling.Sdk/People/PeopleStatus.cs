using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.People;

/// <summary>A person's presence status.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<PeopleStatus>))]
public readonly record struct PeopleStatus(string Value) : IWireValue<PeopleStatus>
{
    /// <summary>Active within the last 10 minutes.</summary>
    public static PeopleStatus Active { get; } = new("active");

    /// <summary>In a call.</summary>
    public static PeopleStatus Call { get; } = new("call");

    /// <summary>Set to "Do Not Disturb" by the user.</summary>
    public static PeopleStatus DoNotDisturb { get; } = new("DoNotDisturb");

    /// <summary>Last activity more than 10 minutes ago.</summary>
    public static PeopleStatus Inactive { get; } = new("inactive");

    /// <summary>In a meeting.</summary>
    public static PeopleStatus Meeting { get; } = new("meeting");

    /// <summary>Out of office, set by the user or a hybrid calendar service.</summary>
    public static PeopleStatus OutOfOffice { get; } = new("OutOfOffice");

    /// <summary>Never logged in, so no status can be determined.</summary>
    public static PeopleStatus Pending { get; } = new("pending");

    /// <summary>Sharing content.</summary>
    public static PeopleStatus Presenting { get; } = new("presenting");

    /// <summary>The status could not be determined.</summary>
    public static PeopleStatus Unknown { get; } = new("unknown");

    /// <inheritdoc />
    public static PeopleStatus FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Active || this == Call || this == DoNotDisturb || this == Inactive || this == Meeting
        || this == OutOfOffice || this == Pending || this == Presenting || this == Unknown;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
