using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Which greeting or announcement plays: the system default or a custom recording (wxc_sdk <c>Greeting</c>).</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<AnnouncementGreeting>))]
public readonly record struct AnnouncementGreeting(string Value) : IWireValue<AnnouncementGreeting>
{
    /// <summary>A custom recording plays.</summary>
    public static AnnouncementGreeting Custom { get; } = new("CUSTOM");

    /// <summary>The system default plays.</summary>
    public static AnnouncementGreeting Default { get; } = new("DEFAULT");

    /// <summary>A playlist plays.</summary>
    public static AnnouncementGreeting Playlist { get; } = new("PLAYLIST");

    /// <inheritdoc />
    public static AnnouncementGreeting FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Custom || this == Default || this == Playlist;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
