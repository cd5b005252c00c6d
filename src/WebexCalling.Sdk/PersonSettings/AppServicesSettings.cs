using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A person's application services settings.</summary>
public sealed record AppServicesSettings
{
    /// <summary>True to ring devices for outbound click-to-dial calls.</summary>
    public bool? RingDevicesForClickToDialCallsEnabled { get; init; }

    /// <summary>True to ring devices for inbound group pages.</summary>
    public bool? RingDevicesForGroupPageEnabled { get; init; }

    /// <summary>True to ring devices for call park recalls.</summary>
    public bool? RingDevicesForCallParkEnabled { get; init; }

    /// <summary>True when the browser client may be used.</summary>
    public bool? BrowserClientEnabled { get; init; }

    /// <summary>The browser client's device id; read-only.</summary>
    public string? BrowserClientId { get; init; }

    /// <summary>True when the desktop client may be used.</summary>
    public bool? DesktopClientEnabled { get; init; }

    /// <summary>The desktop client's device id; read-only.</summary>
    public string? DesktopClientId { get; init; }

    /// <summary>True when the tablet client may be used.</summary>
    public bool? TabletClientEnabled { get; init; }

    /// <summary>The tablet client's device id; read-only.</summary>
    public string? TabletClientId { get; init; }

    /// <summary>True when the mobile client may be used.</summary>
    public bool? MobileClientEnabled { get; init; }

    /// <summary>The mobile client's device id; read-only.</summary>
    public string? MobileClientId { get; init; }

    /// <summary>Device licenses still available; read-only.</summary>
    public int? AvailableLineCount { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
