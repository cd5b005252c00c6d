using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings.Executive;

/// <summary>An executive's call filtering settings.</summary>
public sealed record ExecCallFiltering
{
    /// <summary>True when call filtering is on.</summary>
    public bool? Enabled { get; init; }

    /// <summary>Which calls are filtered.</summary>
    public ExecCallFilterType? FilterType { get; init; }

    /// <summary>The criteria; an update sends their id and activation as criteriaActivation.</summary>
    public IReadOnlyList<ExecCallFilteringCriteriaItem>? Criteria { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
