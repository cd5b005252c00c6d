using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Infrastructure;

/// <summary>
/// Turns a change in the organisation into webhook events: finds the active webhooks of the resource and event
/// that see the change, wraps <c>data</c> in Webex's envelope (the webhook's own fields plus actorId and data), signs
/// the exact body with the webhook's secret (<c>X-Spark-Signature</c>: lowercase hex HMAC-SHA1) and queues it on the
/// <see cref="WebhookDispatcher"/>. Call under the state lock, in the order the changes happen.
/// </summary>
internal static class WebhookEvents
{
    /// <summary>
    /// Publishes one event about a record owned by <paramref name="owner"/>: webhooks created by that person see it,
    /// and org-wide ones (ownedBy org) see every record of the organisation.
    /// </summary>
    public static void Publish(SimulatorState state, string resource, string @event, Guid owner, Guid actor, JsonObject data)
    {
        var store = state.Area<WebhookStore>();
        if (store.Webhooks.Count == 0) return;
        WebhookDispatcher? dispatcher = null;
        foreach (var webhook in store.Webhooks.Values)
        {
            if (webhook.Status != "active" || webhook.Resource != resource) continue;
            if (webhook.Event != "all" && webhook.Event != @event) continue;
            if (webhook.CreatedBy != owner && webhook.OwnedBy != "org") continue;
            if (!Matches(webhook.Filter, data, WebexIds.Encode(WebexIds.People, owner))) continue;
            if (!Uri.TryCreate(webhook.TargetUrl, UriKind.Absolute, out var target)) continue;
            var envelope = new JsonObject
            {
                ["id"] = webhook.Id,
                ["name"] = webhook.Name,
                ["targetUrl"] = webhook.TargetUrl,
                ["resource"] = resource,
                ["event"] = @event,
            };
            JsonBody.Put(envelope, "filter", webhook.Filter);
            envelope["orgId"] = state.OrgId;
            envelope["createdBy"] = WebexIds.Encode(WebexIds.People, webhook.CreatedBy);
            envelope["appId"] = WebexIds.Encode(WebexIds.Application, WebhookRecord.SimulatorApp);
            envelope["ownedBy"] = webhook.OwnedBy;
            envelope["status"] = webhook.Status;
            envelope["created"] = PersonRecord.Timestamp(webhook.Created);
            envelope["actorId"] = WebexIds.Encode(WebexIds.People, actor);
            envelope["data"] = data.DeepClone();
            byte[] body = Encoding.UTF8.GetBytes(SimResults.Serialize(envelope));
            dispatcher ??= state.Area<WebhookDispatcher>();
            dispatcher.Enqueue(webhook.Id, target, body, webhook.Secret is { Length: > 0 } secret ? Sign(secret, body) : null);
        }
    }

    /// <summary>
    /// Whether an event's data passes a webhook's filter: Webex's <c>key=value</c> pairs joined by <c>&amp;</c> (URL-encoded),
    /// each naming a field of <c>data</c> that must hold exactly that value; <c>personId</c>, when the data has no such
    /// field, is the person the record belongs to (<c>personId=…</c>: one person's calls). No filter passes everything; a
    /// field the data lacks fails.
    /// </summary>
    internal static bool Matches(string? filter, JsonObject data, string ownerId)
    {
        if (string.IsNullOrWhiteSpace(filter)) return true;
        foreach (string pair in filter.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0) return false;
            string key = Uri.UnescapeDataString(pair[..equals]), wanted = Uri.UnescapeDataString(pair[(equals + 1)..]);
            string? actual = data[key] switch
            {
                JsonValue value when value.TryGetValue(out string? text) => text,
                JsonValue value => value.ToJsonString(),
                null when key == "personId" => ownerId,
                _ => null,
            };
            if (!string.Equals(actual, wanted, StringComparison.Ordinal)) return false;
        }
        return true;
    }

    /// <summary>The X-Spark-Signature of a body: lowercase hex HMAC-SHA1 keyed with the UTF-8 bytes of the secret.</summary>
    public static string Sign(string secret, byte[] body) =>
#pragma warning disable CA5350 // Webex signs webhook bodies with HMAC-SHA1; receivers verify exactly that
        Convert.ToHexStringLower(HMACSHA1.HashData(Encoding.UTF8.GetBytes(secret), body));
#pragma warning restore CA5350
}
