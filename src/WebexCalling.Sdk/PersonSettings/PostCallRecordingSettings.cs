using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>What is produced after a recorded call.</summary>
public sealed record PostCallRecordingSettings
{
    /// <summary>True when a summary and action items are produced.</summary>
    public bool? SummaryAndActionItemsEnabled { get; init; }

    /// <summary>True when a transcript is produced.</summary>
    public bool? TranscriptEnabled { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
