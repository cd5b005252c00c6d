using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Weekly recurrence of a schedule event on the days set to true.</summary>
public sealed record RecurWeekly
{
    /// <summary>The number of weeks between repetitions.</summary>
    public int? RecurInterval { get; init; }

    /// <summary>Repeat on Sundays.</summary>
    public bool? Sunday { get; init; }

    /// <summary>Repeat on Mondays.</summary>
    public bool? Monday { get; init; }

    /// <summary>Repeat on Tuesdays.</summary>
    public bool? Tuesday { get; init; }

    /// <summary>Repeat on Wednesdays.</summary>
    public bool? Wednesday { get; init; }

    /// <summary>Repeat on Thursdays.</summary>
    public bool? Thursday { get; init; }

    /// <summary>Repeat on Fridays.</summary>
    public bool? Friday { get; init; }

    /// <summary>Repeat on Saturdays.</summary>
    public bool? Saturday { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
