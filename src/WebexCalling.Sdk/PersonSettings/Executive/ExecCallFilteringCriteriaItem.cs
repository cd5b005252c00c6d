using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings.Executive;

/// <summary>A filter criterion as the call filtering settings list it.</summary>
public sealed record ExecCallFilteringCriteriaItem
{
    /// <summary>The criterion id.</summary>
    public string? Id { get; init; }

    /// <summary>Its name.</summary>
    public string? FilterName { get; init; }

    /// <summary>Which callers it matches.</summary>
    public ExecSelectiveFrom? Source { get; init; }

    /// <summary>True when the criterion is active.</summary>
    public bool? ActivationEnabled { get; init; }

    /// <summary>True when matching calls are filtered.</summary>
    public bool? FilterEnabled { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
