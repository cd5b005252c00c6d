using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>The media type of an announcement file.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<MediaFileType>))]
public readonly record struct MediaFileType(string Value) : IWireValue<MediaFileType>
{
    /// <summary>WMA file.</summary>
    public static MediaFileType Wma { get; } = new("WMA");

    /// <summary>WAV file.</summary>
    public static MediaFileType Wav { get; } = new("WAV");

    /// <summary>3GP file.</summary>
    public static MediaFileType ThreeGp { get; } = new("3GP");

    // the official reference also lists "GP", a truncated "3GP"; it still round-trips as an unknown value
    /// <summary>MOV file (official reference; not in wxc_sdk).</summary>
    public static MediaFileType Mov { get; } = new("MOV");

    /// <inheritdoc />
    public static MediaFileType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Wma || this == Wav || this == ThreeGp || this == Mov;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
