using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A criteria as the selective accept settings list it (wxc_sdk <c>SelectiveCrit</c>); read the details with the criteria id.</summary>
public sealed record SelectiveAcceptCrit
{
    /// <summary>The criteria's id.</summary>
    public string? Id { get; init; }

    /// <summary>The schedule during which the criteria applies.</summary>
    public string? ScheduleName { get; init; }

    /// <summary>Which callers the criteria applies to.</summary>
    public SelectiveSource? Source { get; init; }

    /// <summary>True when the criteria is in effect.</summary>
    [JsonPropertyName("acceptEnabled")] // wxc_sdk: enabled, sent as acceptEnabled
    public bool? Enabled { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
