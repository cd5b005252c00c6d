using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A person's incoming call permissions (which calls may be received and transferred).</summary>
public sealed record IncomingPermissions
{
    /// <summary>True when the entity uses its own incoming permissions instead of the organisation defaults.</summary>
    public bool? UseCustomEnabled { get; init; }

    /// <summary>How incoming external calls may be transferred or forwarded.</summary>
    public ExternalTransfer? ExternalTransfer { get; init; }

    /// <summary>True when internal calls may be received.</summary>
    public bool? InternalCallsEnabled { get; init; }

    /// <summary>True when collect calls may be received.</summary>
    public bool? CollectCallsEnabled { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
