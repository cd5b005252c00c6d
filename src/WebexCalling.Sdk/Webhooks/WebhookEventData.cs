using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Webhooks;

/// <summary>
/// The <c>data</c> part of a webhook event. <see cref="WebhookEvent.Parse(string)"/> returns a
/// <see cref="TelephonyEventData"/> for <c>telephony_calls</c> events and a <see cref="GenericEventData"/> for every other
/// resource; switch on the type (<c>if (evt.Data is TelephonyEventData call) …</c>).
/// </summary>
[JsonConverter(typeof(WebhookEventDataConverter))]
public abstract record WebhookEventData
{
    private protected WebhookEventData() { }
}
