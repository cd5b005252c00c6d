using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>An entity's do-not-disturb settings (wxc_sdk <c>DND</c>).</summary>
public sealed record Dnd
{
    /// <summary>True when do not disturb is on.</summary>
    public bool? Enabled { get; init; }

    /// <summary>True to play a brief tone on the desk phone for incoming calls.</summary>
    public bool? RingSplashEnabled { get; init; }

    /// <summary>True when a mobile device still rings while do not disturb is on.</summary>
    public bool? WebexGoOverrideEnabled { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
