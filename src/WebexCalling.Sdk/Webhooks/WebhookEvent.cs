using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Webhooks;

public sealed partial record WebhookEvent
{
    /// <summary>The call event's data when <see cref="Resource"/> is <c>telephony_calls</c>, else null.</summary>
    [JsonIgnore]
    public TelephonyEventData? TelephonyData => Data as TelephonyEventData;
    /// <summary>Reads the JSON body Webex posted to a webhook's target URL.</summary>
    /// <param name="json">The request body.</param>
    /// <returns>The event, with <see cref="Data"/> typed by <see cref="Resource"/>; unknown resources parse too.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The body is not a JSON object.</exception>
    public static WebhookEvent Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        return FromDocument(document);
    }
    /// <summary>Reads the UTF-8 JSON body Webex posted to a webhook's target URL.</summary>
    /// <param name="utf8Json">The request body's bytes.</param>
    /// <returns>The event, with <see cref="Data"/> typed by <see cref="Resource"/>; unknown resources parse too.</returns>
    /// <exception cref="JsonException">The body is not a JSON object.</exception>
    public static WebhookEvent Parse(ReadOnlySpan<byte> utf8Json) => Parse(Encoding.UTF8.GetString(utf8Json));
    private static WebhookEvent FromDocument(JsonDocument document)
    {
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw new JsonException($"A webhook event is a JSON object, not {root.ValueKind}.");
        var parsed = root.Deserialize(WebhooksJson.Default.WebhookEvent)!;
        if (parsed.Resource == WebhookResource.TelephonyCalls && root.TryGetProperty("data", out var data)
            && data.ValueKind == JsonValueKind.Object)
            parsed = parsed with { Data = data.Deserialize(WebhooksJson.Default.TelephonyEventData) };
        return parsed;
    }
}
