using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Where an announcement audio file is defined (wxc_sdk <c>AnnouncementLevel</c>).</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<AnnouncementFileLevel>))]
public readonly record struct AnnouncementFileLevel(string Value) : IWireValue<AnnouncementFileLevel>
{
    /// <summary>Defined for the whole organisation.</summary>
    public static AnnouncementFileLevel Organization { get; } = new("ORGANIZATION");

    /// <summary>Defined for a location.</summary>
    public static AnnouncementFileLevel Location { get; } = new("LOCATION");

    /// <summary>Defined for a single entity.</summary>
    public static AnnouncementFileLevel Entity { get; } = new("ENTITY");

    /// <inheritdoc />
    public static AnnouncementFileLevel FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Organization || this == Location || this == Entity;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
