using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings.Executive;

/// <summary>A number of the executive that a criterion matches calls to.</summary>
public sealed record ExecCallFilteringToNumber
{
    /// <summary>Primary or alternate number.</summary>
    public ExecCallFilteringNumberType? Type { get; init; }

    /// <summary>The number.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
