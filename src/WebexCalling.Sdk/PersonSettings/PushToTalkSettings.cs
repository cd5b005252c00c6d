using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>An entity's push-to-talk settings.</summary>
public sealed record PushToTalkSettings
{
    /// <summary>True to answer push-to-talk calls automatically.</summary>
    public bool? AllowAutoAnswer { get; init; }

    /// <summary>One-way or two-way.</summary>
    public PttConnectionType? ConnectionType { get; init; }

    /// <summary>Whether the members are allowed or blocked.</summary>
    public PushToTalkAccessType? AccessType { get; init; }

    /// <summary>The allowed or blocked members; an update sends only their ids.</summary>
    public IReadOnlyList<SettingsMember>? Members { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
