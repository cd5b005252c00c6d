using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>The executive assistant setting as Webex sends it (wxc_sdk's private <c>_Helper</c>).</summary>
public sealed record ExecAssistantSetting
{
    /// <summary>The person's role.</summary>
    [JsonPropertyName("type")]
    public ExecAssistantType? ExecType { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
