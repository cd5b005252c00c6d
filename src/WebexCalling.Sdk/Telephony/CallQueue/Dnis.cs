using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>A DNIS entry of a call queue: a number with its own name, ring pattern and announcements.</summary>
public sealed record Dnis
{
    /// <summary>The DNIS id.</summary>
    public string? Id { get; init; }

    /// <summary>The name.</summary>
    public string? Name { get; init; }

    /// <summary>The phone number.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>The extension.</summary>
    public string? Extension { get; init; }

    /// <summary>Routing prefix (read-only).</summary>
    public string? RoutingPrefix { get; init; }

    /// <summary>Routing prefix plus extension (read-only).</summary>
    public string? Esn { get; init; }

    /// <summary>The ring pattern.</summary>
    public RingPattern? RingPattern { get; init; }

    /// <summary>Whether this DNIS uses its own announcements (see ModifyAnnouncementsAsync).</summary>
    public bool? CustomDnisAnnouncementSettingsEnabled { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
