using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Where voicemail messages are kept (wxc_sdk <c>StorageType</c>).</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<VoicemailStorageType>))]
public readonly record struct VoicemailStorageType(string Value) : IWireValue<VoicemailStorageType>
{
    /// <summary>In Webex, for access by phone or the user portal.</summary>
    public static VoicemailStorageType Internal { get; } = new("INTERNAL");

    /// <summary>Sent to an email address.</summary>
    public static VoicemailStorageType External { get; } = new("EXTERNAL");

    /// <inheritdoc />
    public static VoicemailStorageType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Internal || this == External;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
