using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings.Executive;

/// <summary>An assistant's settings: forwarding of filtered calls and the executives served.</summary>
public sealed record AssistantSettings
{
    /// <summary>True when filtered calls are forwarded.</summary>
    public bool? ForwardFilteredCallsEnabled { get; init; }

    /// <summary>Where filtered calls go.</summary>
    public string? ForwardToPhoneNumber { get; init; }

    /// <summary>The executives; on update only the id (as <c>personId</c>) and opt-in are sent.</summary>
    public IReadOnlyList<ExecOrAssistant>? Executives { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
