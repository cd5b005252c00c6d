using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>The body of an agent's call queue settings update: <c>{"settings": […]}</c>.</summary>
public sealed record AgentCallQueueSettingsRequest
{
    /// <summary>The settings.</summary>
    public IReadOnlyList<AgentCallQueueSetting>? Settings { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
