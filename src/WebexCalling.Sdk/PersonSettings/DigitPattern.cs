using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A digit pattern that overrides outgoing permissions for the numbers it matches.</summary>
public sealed record DigitPattern
{
    /// <summary>The digit pattern's id (read-only; not sent on create or update).</summary>
    public string? Id { get; init; }

    /// <summary>A unique name.</summary>
    public string? Name { get; init; }

    /// <summary>The digits the dialled number is matched against.</summary>
    public string? Pattern { get; init; }

    /// <summary>What happens to a call that matches.</summary>
    public OutgoingPermissionAction? Action { get; init; }

    /// <summary>True when matching calls may be transferred or forwarded.</summary>
    public bool? TransferEnabled { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
