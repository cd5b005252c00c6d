using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>What plays when recording pauses or resumes (wxc_sdk <c>NotificationType</c>).</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<CallRecordingNotificationType>))]
public readonly record struct CallRecordingNotificationType(string Value) : IWireValue<CallRecordingNotificationType>
{
    /// <summary>Nothing plays. An update sends this as null, as Webex expects.</summary>
    public static CallRecordingNotificationType None { get; } = new("None");

    /// <summary>A beep plays.</summary>
    public static CallRecordingNotificationType Beep { get; } = new("Beep");

    /// <summary>An announcement plays.</summary>
    public static CallRecordingNotificationType PlayAnnouncement { get; } = new("Play Announcement");

    /// <inheritdoc />
    public static CallRecordingNotificationType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == None || this == Beep || this == PlayAnnouncement;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
