using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>Which callers a selective forwarding rule matches.</summary>
public sealed record CallsFrom
{
    /// <summary>Any caller or the custom numbers.</summary>
    public ForwardFromSelection? Selection { get; init; }

    /// <summary>The callers, for <c>CUSTOM</c>.</summary>
    public CustomNumbers? CustomNumbers { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
