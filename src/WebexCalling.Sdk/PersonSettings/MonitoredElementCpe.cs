using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A monitored call park extension (wxc_sdk <c>MonitoredElementCPE</c>).</summary>
public sealed record MonitoredElementCpe
{
    /// <summary>The call park extension's unique identifier.</summary>
    public string? Id { get; init; }

    /// <summary>Its name.</summary>
    public string? Name { get; init; }

    /// <summary>A custom line key label.</summary>
    public string? LineKeyLabel { get; init; }

    /// <summary>Its extension.</summary>
    public string? Extension { get; init; }

    /// <summary>The location's routing prefix.</summary>
    public string? RoutingPrefix { get; init; }

    /// <summary>Routing prefix plus extension.</summary>
    public string? Esn { get; init; }

    /// <summary>The location's name.</summary>
    public string? Location { get; init; }

    /// <summary>The location's unique identifier.</summary>
    public string? LocationId { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
