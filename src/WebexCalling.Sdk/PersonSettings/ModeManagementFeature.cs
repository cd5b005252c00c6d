using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A feature whose operating modes a person manages.</summary>
public sealed record ModeManagementFeature
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

    /// <summary>True when calls are forwarded by operating mode.</summary>
    public bool? ModeBasedForwardingEnabled { get; init; }

    /// <summary>Where calls are forwarded.</summary>
    public string? ForwardDestination { get; init; }

    /// <summary>The operating mode now in force.</summary>
    public string? CurrentOperatingModeName { get; init; }

    /// <summary>Its id.</summary>
    public string? CurrentOperatingModeId { get; init; }

    /// <summary>Why the feature runs outside its schedule, if it does.</summary>
    public ExceptionType? ExceptionType { get; init; }

    /// <summary>The feature's location.</summary>
    public IdAndName? Location { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
