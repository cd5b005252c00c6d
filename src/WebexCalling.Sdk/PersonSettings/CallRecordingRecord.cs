using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>When calls are recorded (wxc_sdk <c>Record</c>).</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<CallRecordingRecord>))]
public readonly record struct CallRecordingRecord(string Value) : IWireValue<CallRecordingRecord>
{
    /// <summary>Every call is recorded.</summary>
    public static CallRecordingRecord Always { get; } = new("Always");

    /// <summary>No call is recorded.</summary>
    public static CallRecordingRecord Never { get; } = new("Never");

    /// <summary>The user starts and stops recording.</summary>
    public static CallRecordingRecord OnDemand { get; } = new("On Demand");

    /// <summary>Every call is recorded; the user can pause and resume.</summary>
    public static CallRecordingRecord AlwaysWithPauseResume { get; } = new("Always with Pause/Resume");

    /// <summary>The user starts recording.</summary>
    public static CallRecordingRecord OnDemandWithUserInitiatedStart { get; } = new("On Demand with User Initiated Start");

    /// <inheritdoc />
    public static CallRecordingRecord FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Always || this == Never || this == OnDemand || this == AlwaysWithPauseResume || this == OnDemandWithUserInitiatedStart;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
