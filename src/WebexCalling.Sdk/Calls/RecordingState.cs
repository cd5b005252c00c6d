using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Calls;

/// <summary>The recording state of a call.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<RecordingState>))]
public readonly record struct RecordingState(string Value) : IWireValue<RecordingState>
{
    /// <summary>Recording was requested but has not started yet.</summary>
    public static RecordingState Pending { get; } = new("pending");

    /// <summary>Recording is running.</summary>
    public static RecordingState Started { get; } = new("started");

    /// <summary>Recording is paused.</summary>
    public static RecordingState Paused { get; } = new("paused");

    /// <summary>Recording has stopped.</summary>
    public static RecordingState Stopped { get; } = new("stopped");

    /// <summary>Recording failed.</summary>
    public static RecordingState Failed { get; } = new("failed");

    /// <inheritdoc />
    public static RecordingState FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Pending || this == Started || this == Paused || this == Stopped || this == Failed;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
