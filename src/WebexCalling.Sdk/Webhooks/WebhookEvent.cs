using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Webhooks;

/// <summary>
/// What Webex posts to a webhook's target URL: the webhook's own details plus the event's <see cref="Data"/>.
/// Verify the signature first (<see cref="WebhookSignature"/>, or <see cref="WebhookReceiver"/> for both steps).
/// </summary>
public sealed record WebhookEvent
{
    /// <summary>The id of the webhook that fired.</summary>
    [JsonPropertyName("id")] // wxc_sdk: webhook_id
    public string? WebhookId { get; init; }

    /// <summary>The webhook's name.</summary>
    public string? Name { get; init; }

    /// <summary>The webhook's target URL.</summary>
    public string? TargetUrl { get; init; }

    /// <summary>The kind of object the event is about; decides the type of <see cref="Data"/>.</summary>
    public WebhookResource? Resource { get; init; }

    /// <summary>The kind of change.</summary>
    public WebhookEventType? Event { get; init; }

    /// <summary>The webhook's filter.</summary>
    public string? Filter { get; init; }

    /// <summary>The organisation the event belongs to.</summary>
    public string? OrgId { get; init; }

    /// <summary>Who created the webhook.</summary>
    public string? CreatedBy { get; init; }

    /// <summary>The application that created the webhook.</summary>
    public string? AppId { get; init; }

    /// <summary><c>org</c> or <c>creator</c>.</summary>
    public string? OwnedBy { get; init; }

    /// <summary>The webhook's status.</summary>
    public WebhookStatus? Status { get; init; }

    /// <summary>When the webhook was created.</summary>
    [JsonConverter(typeof(WebexDateTimeConverter))]
    public DateTimeOffset? Created { get; init; }

    /// <summary>The person whose action caused the event.</summary>
    public string? ActorId { get; init; }

    /// <summary>
    /// The event's details: <see cref="TelephonyEventData"/> for <c>telephony_calls</c>, <see cref="GenericEventData"/>
    /// for any other resource.
    /// </summary>
    public WebhookEventData? Data { get; init; }

    /// <summary>The call event's data when <see cref="Resource"/> is <c>telephony_calls</c>, else null.</summary>
    [JsonIgnore]
    public TelephonyEventData? TelephonyData => Data as TelephonyEventData;

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

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
        var parsed = root.Deserialize(WebexJson.Default.WebhookEvent)!;
        if (parsed.Resource == WebhookResource.TelephonyCalls && root.TryGetProperty("data", out var data)
            && data.ValueKind == JsonValueKind.Object)
            parsed = parsed with { Data = data.Deserialize(WebexJson.Default.TelephonyEventData) };
        return parsed;
    }
}
