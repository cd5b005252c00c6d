using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>Forced forward: new calls to the queue go temporarily to another destination.</summary>
public sealed record ForcedForward
{
    /// <summary>Whether forced forward is on.</summary>
    public bool? ForcedForwardEnabled { get; init; }

    /// <summary>Where new calls go; may be an extension.</summary>
    public string? TransferPhoneNumber { get; init; }

    /// <summary>Whether an announcement plays before forwarding.</summary>
    public bool? PlayAnnouncementBeforeEnabled { get; init; }

    /// <summary>Default or custom announcement.</summary>
    public Greeting? AudioMessageSelection { get; init; }

    /// <summary>The announcement files, when <see cref="AudioMessageSelection"/> is <c>CUSTOM</c>.</summary>
    public IReadOnlyList<AnnAudioFile>? AudioFiles { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>The update body: without the read-only file fields.</summary>
    internal ForcedForward ForUpdate() => this with { AudioFiles = AnnAudioFile.ForUpdate(AudioFiles) };
}
