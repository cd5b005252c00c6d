using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A person's personal assistant settings: the away message and where callers go.</summary>
public sealed record PersonalAssistant
{
    /// <summary>True when the personal assistant is on.</summary>
    public bool? Enabled { get; init; }

    /// <summary>Why the person is away.</summary>
    public PersonalAssistantPresence? Presence { get; init; }

    /// <summary>Until when the person is away.</summary>
    [JsonConverter(typeof(WebexDateTimeConverter))]
    public DateTimeOffset? UntilDateTime { get; init; }

    /// <summary>True when callers may transfer to another number.</summary>
    public bool? TransferEnabled { get; init; }

    /// <summary>The number callers are transferred to.</summary>
    public string? TransferNumber { get; init; }

    /// <summary>How the person is alerted.</summary>
    public PersonalAssistantAlerting? Alerting { get; init; }

    /// <summary>How many rings before transfer, with ALERT_ME_FIRST.</summary>
    public int? AlertMeFirstNumberOfRings { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
