using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Calls;

/// <summary>One earlier redirection of an incoming call.</summary>
public sealed record Redirection
{
    /// <summary>Why the call was redirected.</summary>
    public RedirectReason? Reason { get; init; }

    /// <summary>The party that redirected the call.</summary>
    public TelephonyParty? RedirectingParty { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
