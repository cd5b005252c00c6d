using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Common;

/// <summary>Which announcement is played: the system default, custom files or a playlist.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<Greeting>))]
public readonly record struct Greeting(string Value) : IWireValue<Greeting>
{
    /// <summary>Custom announcement files.</summary>
    public static Greeting Custom { get; } = new("CUSTOM");

    /// <summary>The system default announcement.</summary>
    public static Greeting Default { get; } = new("DEFAULT");

    /// <summary>An audio playlist.</summary>
    public static Greeting Playlist { get; } = new("PLAYLIST");

    /// <inheritdoc />
    public static Greeting FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Custom || this == Default || this == Playlist;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
