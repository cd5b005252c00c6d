using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.VoiceMessages;

/// <summary>One voicemail (or fax) message of the user.</summary>
public sealed record VoiceMessageDetails
{
    /// <summary>The message's id.</summary>
    public string? Id { get; init; }

    /// <summary>Length in seconds; absent for a fax.</summary>
    public int? Duration { get; init; }

    /// <summary>Who left the message.</summary>
    public VoiceMailPartyInformation? CallingParty { get; init; }

    /// <summary>True for an urgent message.</summary>
    public bool? Urgent { get; init; }

    /// <summary>True for a confidential message.</summary>
    public bool? Confidential { get; init; }

    /// <summary>True once the message has been read.</summary>
    public bool? Read { get; init; }

    /// <summary>Number of pages of a fax; only set for a fax.</summary>
    public int? FaxPageCount { get; init; }

    /// <summary>When the message was left.</summary>
    [JsonConverter(typeof(WebexDateTimeConverter))] // wxc_sdk: str; the official reference documents a timestamp
    public DateTimeOffset? Created { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
