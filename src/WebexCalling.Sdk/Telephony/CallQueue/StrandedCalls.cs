using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>How a call queue treats calls stranded without available agents.</summary>
public sealed record StrandedCalls
{
    /// <summary>What happens to stranded calls.</summary>
    public StrandedCallsAction? Action { get; init; }

    /// <summary>Where calls go when the action is <c>TRANSFER</c>; may be an extension.</summary>
    public string? TransferPhoneNumber { get; init; }

    /// <summary>Default or custom announcement.</summary>
    public Greeting? AudioMessageSelection { get; init; }

    /// <summary>The announcement files, when <see cref="AudioMessageSelection"/> is <c>CUSTOM</c>.</summary>
    public IReadOnlyList<AnnAudioFile>? AudioFiles { get; init; }

    /// <summary>Whether the policy also applies when all agents are unreachable.</summary>
    public bool? TriggerPolicyWhenAllAgentsAreUnreachableEnabled { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>The update body: without the read-only file fields.</summary>
    internal StrandedCalls ForUpdate() => this with { AudioFiles = AnnAudioFile.ForUpdate(AudioFiles) };
}
