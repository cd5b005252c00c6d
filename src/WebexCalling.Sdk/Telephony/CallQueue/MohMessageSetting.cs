using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>Music on hold for waiting callers, after the comfort message.</summary>
public sealed record MohMessageSetting
{
    /// <summary>The usual music on hold.</summary>
    public AudioSource? NormalSource { get; init; }

    /// <summary>The alternate music on hold.</summary>
    public AudioSource? AlternateSource { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
