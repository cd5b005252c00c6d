using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>The estimated wait or queue position message.</summary>
public sealed record WaitMessageSetting
{
    /// <summary>Whether the wait message plays.</summary>
    public bool? Enabled { get; init; }

    /// <summary>Announce the waiting time or the position.</summary>
    public WaitMode? WaitMode { get; init; }

    /// <summary>Minutes up to which the estimated wait is announced (10 to 100).</summary>
    public int? HandlingTime { get; init; }

    /// <summary>The default call handling time in minutes (1 to 100).</summary>
    public int? DefaultHandlingTime { get; init; }

    /// <summary>Position up to which the position is announced (10 to 100).</summary>
    public int? QueuePosition { get; init; }

    /// <summary>Whether the high volume message plays.</summary>
    public bool? HighVolumeMessageEnabled { get; init; }

    /// <summary>Estimated waiting time in seconds (10 to 600).</summary>
    public int? EstimatedWaitingTime { get; init; }

    /// <summary>Whether callers are offered a callback.</summary>
    public bool? CallbackOptionEnabled { get; init; }

    /// <summary>Minimum estimated wait in minutes before a callback is offered.</summary>
    public int? MinimumEstimatedCallbackTime { get; init; }

    /// <summary>Whether callbacks to international numbers are allowed.</summary>
    public bool? InternationalCallbackEnabled { get; init; }

    /// <summary>Whether an updated estimated wait message plays.</summary>
    public bool? PlayUpdatedEstimatedWaitMessage { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
