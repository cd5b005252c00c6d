using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A phone number of a person or workspace in a settings list (wxc_sdk <c>UserNumber</c>).</summary>
public sealed record SettingsMemberNumber
{
    /// <summary>The phone number.</summary>
    public string? External { get; init; }

    /// <summary>The extension.</summary>
    public string? Extension { get; init; }

    /// <summary>The routing prefix of the location.</summary>
    public string? RoutingPrefix { get; init; }

    /// <summary>Routing prefix plus extension.</summary>
    public string? Esn { get; init; }

    /// <summary>True for the primary number.</summary>
    public bool? Primary { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
