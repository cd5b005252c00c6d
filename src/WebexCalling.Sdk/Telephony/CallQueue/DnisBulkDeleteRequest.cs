using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>The body of a DNIS bulk delete: <c>{"items": […]}</c>.</summary>
public sealed record DnisBulkDeleteRequest
{
    /// <summary>The ids.</summary>
    public IReadOnlyList<string>? Items { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
