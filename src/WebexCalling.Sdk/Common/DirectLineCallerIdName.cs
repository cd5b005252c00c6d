using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Common;

/// <summary>The direct line caller ID name.</summary>
public sealed record DirectLineCallerIdName
{
    /// <summary>Which name is shown.</summary>
    public DirectLineCallerIdNameSelection? Selection { get; init; }

    /// <summary>The custom name, for <c>CUSTOM_NAME</c>.</summary>
    public string? CustomName { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
