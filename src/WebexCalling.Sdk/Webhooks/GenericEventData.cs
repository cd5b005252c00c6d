using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Webhooks;

/// <summary>The <c>data</c> of an event for a resource this SDK has no typed model for: every field as JSON.</summary>
public sealed record GenericEventData : WebhookEventData
{
    /// <summary>The string value of a field, or null when it is absent or not a string.</summary>
    /// <param name="name">The field name as Webex spells it, e.g. <c>roomId</c>.</param>
    public string? GetString(string name) =>
        ExtensionData is not null && ExtensionData.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>Every field of the event's data, by name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
