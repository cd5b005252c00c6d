using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>The DNIS entries of a call queue as Webex returns them: <c>{"dnisList": […]}</c>.</summary>
public sealed record DnisListResponse
{
    /// <summary>The entries.</summary>
    public IReadOnlyList<Dnis>? DnisList { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
