using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings.Executive;

/// <summary>How an executive's calls alert the assistants.</summary>
public sealed record ExecAlert
{
    /// <summary>Sequential or simultaneous.</summary>
    public ExecAlertingMode? AlertingMode { get; init; }

    /// <summary>Rings before the next assistant, in sequential mode.</summary>
    public int? NextAssistantNumberOfRings { get; init; }

    /// <summary>True when unanswered calls roll over.</summary>
    public bool? RolloverEnabled { get; init; }

    /// <summary>What rollover does.</summary>
    public ExecAlertRolloverAction? RolloverAction { get; init; }

    /// <summary>Where rollover forwards to.</summary>
    public string? RolloverForwardToPhoneNumber { get; init; }

    /// <summary>Seconds before rollover.</summary>
    public int? RolloverWaitTimeInSecs { get; init; }

    /// <summary>The caller ID name assistants see.</summary>
    public ExecAlertClidNameMode? ClidNameMode { get; init; }

    /// <summary>The custom caller ID name.</summary>
    [JsonPropertyName("customCLIDName")]
    public string? CustomClidName { get; init; }

    /// <summary>The custom caller ID name in Unicode.</summary>
    [JsonPropertyName("customCLIDNameInUnicode")]
    public string? CustomClidNameInUnicode { get; init; }

    /// <summary>The caller ID number assistants see.</summary>
    public ExecAlertClidPhoneNumberMode? ClidPhoneNumberMode { get; init; }

    /// <summary>The custom caller ID number.</summary>
    [JsonPropertyName("customCLIDPhoneNumber")]
    public string? CustomClidPhoneNumber { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
