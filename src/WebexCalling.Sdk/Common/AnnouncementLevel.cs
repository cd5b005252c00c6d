using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Common;

/// <summary>Where an announcement file is stored.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<AnnouncementLevel>))]
public readonly record struct AnnouncementLevel(string Value) : IWireValue<AnnouncementLevel>
{
    /// <summary>In the organization's repository.</summary>
    public static AnnouncementLevel Organization { get; } = new("ORGANIZATION");

    /// <summary>In a location's repository.</summary>
    public static AnnouncementLevel Location { get; } = new("LOCATION");

    /// <summary>With the feature itself.</summary>
    public static AnnouncementLevel Entity { get; } = new("ENTITY");

    /// <inheritdoc />
    public static AnnouncementLevel FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Organization || this == Location || this == Entity;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
