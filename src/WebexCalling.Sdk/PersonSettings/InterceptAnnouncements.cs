using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>What callers of an intercepted entity hear.</summary>
public sealed record InterceptAnnouncements
{
    /// <summary>The default greeting or the custom one.</summary>
    public Greeting? Greeting { get; init; }

    /// <summary>The custom greeting's file name; empty when none was uploaded. Read-only.</summary>
    public string? FileName { get; init; }

    /// <summary>The new number announced.</summary>
    public InterceptNumber? NewNumber { get; init; }

    /// <summary>Where the call goes when the caller presses zero.</summary>
    public InterceptNumber? ZeroTransfer { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
