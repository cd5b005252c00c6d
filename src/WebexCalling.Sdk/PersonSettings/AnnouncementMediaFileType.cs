using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>The media type of an announcement audio file (wxc_sdk <c>MediaFileType</c>).</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<AnnouncementMediaFileType>))]
public readonly record struct AnnouncementMediaFileType(string Value) : IWireValue<AnnouncementMediaFileType>
{
    /// <summary>WMA file.</summary>
    public static AnnouncementMediaFileType Wma { get; } = new("WMA");

    /// <summary>WAV file.</summary>
    public static AnnouncementMediaFileType Wav { get; } = new("WAV");

    /// <summary>3GP file.</summary>
    public static AnnouncementMediaFileType ThreeGp { get; } = new("3GP");

    /// <inheritdoc />
    public static AnnouncementMediaFileType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Wma || this == Wav || this == ThreeGp;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
