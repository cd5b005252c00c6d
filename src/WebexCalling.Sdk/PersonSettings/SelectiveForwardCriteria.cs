using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A criteria of selective forward: which calls are forwarded where, and when.</summary>
public sealed record SelectiveForwardCriteria
{
    /// <summary>The criteria's id (read-only; not sent on create or update).</summary>
    public string? Id { get; init; }

    /// <summary>The schedule during which the criteria applies; without schedule name and type it applies at all times.</summary>
    public string? ScheduleName { get; init; }

    /// <summary>The type of that schedule.</summary>
    public ScheduleType? ScheduleType { get; init; }

    /// <summary>The level of that schedule.</summary>
    public SelectiveScheduleLevel? ScheduleLevel { get; init; }

    /// <summary>Which callers the criteria applies to.</summary>
    public SelectiveFrom? CallsFrom { get; init; }

    /// <summary>True when it applies to anonymous callers; only with <c>SELECT_PHONE_NUMBERS</c>.</summary>
    public bool? AnonymousCallersEnabled { get; init; }

    /// <summary>True when it applies to callers whose number is unavailable; only with <c>SELECT_PHONE_NUMBERS</c>.</summary>
    public bool? UnavailableCallersEnabled { get; init; }

    /// <summary>The callers' numbers, with <c>SELECT_PHONE_NUMBERS</c>.</summary>
    [JsonPropertyName("numbers")] // wxc_sdk: phone_numbers, sent as numbers
    public IReadOnlyList<string>? PhoneNumbers { get; init; }

    /// <summary>True when forwarding applies to calls that meet the criteria; false criteria take priority.</summary>
    [JsonPropertyName("forwardEnabled")] // wxc_sdk: enabled, sent as forwardEnabled
    public bool? Enabled { get; init; }

    /// <summary>The number calls are forwarded to.</summary>
    public string? ForwardToPhoneNumber { get; init; }

    /// <summary>True to forward to voicemail (internal numbers and extensions only).</summary>
    public bool? SendToVoicemailEnabled { get; init; }

    /// <summary>The name the official reference gives <see cref="SendToVoicemailEnabled"/> in create and update bodies; the SDK fills it from <see cref="SendToVoicemailEnabled"/> when sending.</summary>
    public bool? DestinationVoicemailEnabled { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
