using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>Which announcement the night service plays.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<AnnouncementMode>))]
public readonly record struct AnnouncementMode(string Value) : IWireValue<AnnouncementMode>
{
    /// <summary>The one in <c>audioMessageSelection</c>.</summary>
    public static AnnouncementMode Normal { get; } = new("NORMAL");

    /// <summary>The one in <c>manualAudioMessageSelection</c>.</summary>
    public static AnnouncementMode Manual { get; } = new("MANUAL");

    /// <inheritdoc />
    public static AnnouncementMode FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Normal || this == Manual;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
