using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>How the push-to-talk member list is applied.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<PushToTalkAccessType>))]
public readonly record struct PushToTalkAccessType(string Value) : IWireValue<PushToTalkAccessType>
{
    /// <summary>Only the members may use push-to-talk with the person.</summary>
    public static PushToTalkAccessType AllowMembers { get; } = new("ALLOW_MEMBERS");

    /// <summary>The members may not use push-to-talk with the person.</summary>
    public static PushToTalkAccessType BlockMembers { get; } = new("BLOCK_MEMBERS");

    /// <inheritdoc />
    public static PushToTalkAccessType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == AllowMembers || this == BlockMembers;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
