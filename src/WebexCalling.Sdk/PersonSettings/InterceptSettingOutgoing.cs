using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>How outgoing calls are handled while intercept is on.</summary>
public sealed record InterceptSettingOutgoing
{
    /// <summary>Which outgoing calls are intercepted.</summary>
    [JsonPropertyName("type")]
    public InterceptTypeOutgoing? InterceptType { get; init; }

    /// <summary>True to transfer intercepted outgoing calls.</summary>
    public bool? TransferEnabled { get; init; }

    /// <summary>The number outgoing calls are transferred to.</summary>
    public string? Destination { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
