using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A feature a person can be assigned to manage the operating modes of (wxc_sdk: AvailableFeature).</summary>
public sealed record ModeManagementAvailableFeature
{
    /// <summary>The feature id.</summary>
    public string? Id { get; init; }

    /// <summary>The feature name.</summary>
    public string? Name { get; init; }

    /// <summary>The kind of feature.</summary>
    public ModeManagementFeatureType? Type { get; init; }

    /// <summary>Its phone number.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>Its extension.</summary>
    public string? Extension { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
