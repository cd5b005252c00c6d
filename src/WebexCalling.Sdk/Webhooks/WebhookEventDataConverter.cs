using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Webhooks;

/// <summary>
/// Reads an event's <c>data</c> as <see cref="GenericEventData"/> (the resource, which decides the type, is a sibling
/// field: <see cref="WebhookEvent.Parse(string)"/> reads telephony data again as <see cref="TelephonyEventData"/>); writes
/// whichever type it holds.
/// </summary>
internal sealed class WebhookEventDataConverter : JsonConverter<WebhookEventData>
{
    public override WebhookEventData? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, WebhooksJson.Default.GenericEventData);

    public override void Write(Utf8JsonWriter writer, WebhookEventData value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case TelephonyEventData telephony:
                JsonSerializer.Serialize(writer, telephony, WebhooksJson.Default.TelephonyEventData);
                break;
            case GenericEventData generic:
                JsonSerializer.Serialize(writer, generic, WebhooksJson.Default.GenericEventData);
                break;
            default:
                throw new JsonException($"Cannot write {value?.GetType().Name ?? "null"} as webhook event data.");
        }
    }
}
