using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>An access (authorization) code that lets a caller bypass outgoing permissions.</summary>
public sealed record AuthCode
{
    /// <summary>The code.</summary>
    public string? Code { get; init; }

    /// <summary>What the code is for.</summary>
    public string? Description { get; init; }

    /// <summary>Where the code is defined (read-only; not sent on create).</summary>
    public AuthCodeLevel? Level { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
