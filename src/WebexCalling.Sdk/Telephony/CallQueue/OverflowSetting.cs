using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>What happens to calls when the queue is full or they wait too long.</summary>
public sealed record OverflowSetting
{
    /// <summary>What happens to a new call when the queue is full.</summary>
    public OverflowAction? Action { get; init; }

    /// <summary>Whether overflow calls to an internal transfer number go to its voicemail.</summary>
    public bool? SendToVoicemail { get; init; }

    /// <summary>Where overflow calls go when <see cref="Action"/> is <c>TRANSFER_TO_PHONE_NUMBER</c>.</summary>
    public string? TransferNumber { get; init; }

    /// <summary>True when a transfer number is configured (read-only).</summary>
    public bool? IsTransferNumberSet { get; init; }

    /// <summary>Whether overflow also applies after <see cref="OverflowAfterWaitTime"/> without an available agent.</summary>
    public bool? OverflowAfterWaitEnabled { get; init; }

    /// <summary>Seconds of waiting before overflow applies.</summary>
    public int? OverflowAfterWaitTime { get; init; }

    /// <summary>Whether an overflow announcement plays (otherwise hold music).</summary>
    public bool? PlayOverflowGreetingEnabled { get; init; }

    /// <summary>Default or custom overflow announcement.</summary>
    public Greeting? Greeting { get; init; }

    /// <summary>Announcement files played; from the files of this call queue. For <c>CUSTOM</c>, one to four files.</summary>
    public IReadOnlyList<AnnAudioFile>? AudioAnnouncementFiles { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
