using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings.Executive;

/// <summary>An executive's call screening settings.</summary>
public sealed record ExecScreening
{
    /// <summary>True when screening is on.</summary>
    public bool? Enabled { get; init; }

    /// <summary>How the executive is alerted.</summary>
    public ExecScreeningAlertType? AlertType { get; init; }

    /// <summary>True to alert Office Anywhere locations.</summary>
    public bool? AlertAnywhereLocationEnabled { get; init; }

    /// <summary>True to alert mobility locations.</summary>
    public bool? AlertMobilityLocationEnabled { get; init; }

    /// <summary>True to alert shared call appearances.</summary>
    public bool? AlertSharedCallAppearanceLocationEnabled { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
