using System.Text.Json.Nodes;

namespace WebexCalling.Sdk.Testing.State;

/// <summary>A dynamic device setting the simulator knows: its family, levels, default and value rule.</summary>
internal sealed record DynamicSettingSpec(string Family, string Tag, string Path, string FriendlyName, string[] Levels,
    string Default, JsonObject Rule);

/// <summary>
/// Line key templates, background images and dynamic device settings of the simulated organisation (api.Telephony.Devices,
/// part b). Call under the state lock.
/// </summary>
internal sealed class DeviceTemplatesStore
{
    /// <summary>Line key templates by id, as their details answer them.</summary>
    public OrderedDictionary<Guid, JsonObject> LineKeyTemplates { get; } = [];

    /// <summary>Background images: file name (without extension) to URL, oldest first.</summary>
    public OrderedDictionary<string, string> BackgroundImages { get; } = new(StringComparer.Ordinal);

    /// <summary>The number of the next background image URL.</summary>
    public int NextImage { get; set; } = 1;

    /// <summary>Values set at the organisation (tag to value); the simulator has one, Bluetooth on, from the start.</summary>
    public Dictionary<string, string> OrgValues { get; } = new(StringComparer.Ordinal) { ["%ENABLE_BLUETOOTH%"] = "1" };

    /// <summary>Values set at a location: (location uuid, tag) to value.</summary>
    public Dictionary<(Guid, string), string> LocationValues { get; } = [];

    /// <summary>Values set at a device: (device uuid, tag) to value.</summary>
    public Dictionary<(Guid, string), string> DeviceValues { get; } = [];

    /// <summary>When a dynamic setting last changed (milliseconds since 1970), 0 before any change.</summary>
    public long LastUpdateTime { get; set; }

    /// <summary>The settings' catalogue (the official reference's examples, Poly, and one MPP setting).</summary>
    public static readonly IReadOnlyList<DynamicSettingSpec> Catalogue =
    [
        new("Poly", "%G711U_ORDER%", "Voice.Codec Preferences", "voice.codecPref.G711Mu", ["location", "device"], "3",
            new JsonObject { ["type"] = "int", ["min"] = 0, ["max"] = 10, ["increment"] = 1 }),
        new("Poly", "%G722_ORDER%", "Voice.Codec Preferences", "voice.codecPref.G722", ["location", "device"], "2",
            new JsonObject { ["type"] = "int", ["min"] = 0, ["max"] = 10, ["increment"] = 1 }),
        new("Poly", "%ENABLE_BLUETOOTH%", "Feature.Bluetooth", "feature.bluetooth.enabled", ["organization", "location", "device"], "0",
            new JsonObject { ["type"] = "boolean", ["values"] = new JsonArray("1", "0") }),
        new("Poly", "%DO_UI_MENU_BACKGROUND%", "User Interface.Menu", "ui.menu.background", ["organization", "location", "device"], "#FFFFFF",
            new JsonObject { ["type"] = "string", ["regex"] = "#[0-9A-F]{6}", ["maxLength"] = 7, ["validationHint"] = "#RRGGBB" }),
        new("Poly", "%UP_BACKLIGHT_IDLE_INTENSITY%", "User Interface.Backlight", "up.backlight.idleIntensity", ["organization", "location", "device"], "1",
            new JsonObject { ["type"] = "enum", ["values"] = new JsonArray("0", "1", "2", "3") }),
        new("MPP", "%BACKLIGHT_TIMER%", "User Interface.Screen", "ui.screen.backlightTimer", ["organization", "location", "device"], "10m",
            new JsonObject { ["type"] = "enum", ["values"] = new JsonArray("Off", "10s", "20s", "30s", "Always On", "10m") }),
    ];
}
