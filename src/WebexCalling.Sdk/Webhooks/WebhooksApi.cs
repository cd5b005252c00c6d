using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.Webhooks;

/// <summary>
/// Webhooks: Webex posts an HTTP request to your URL when an event happens, e.g. a Webex Calling call changes state
/// (<see cref="WebhookResource.TelephonyCalls"/>). Parse and verify what arrives with <see cref="WebhookReceiver"/>.
/// </summary>
/// <remarks>Creating a webhook needs read scope on its resource (e.g. <c>spark:calls_read</c> for telephony_calls).</remarks>
public class WebhooksApi : ApiChild
{
    internal WebhooksApi(RestSession session) : base(session, "webhooks") { }

    /// <summary>For mocking.</summary>
    protected WebhooksApi() { }

    /// <summary>Lists your webhooks, fetching pages as you enumerate.</summary>
    /// <param name="ownedBy"><c>org</c>: only organisation-wide webhooks.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual IAsyncEnumerable<Webhook> ListAsync(string? ownedBy = null, CancellationToken cancellationToken = default) =>
        Session.PaginateAsync(Url(), new Query { ["ownedBy"] = ownedBy }, WebexJson.Default.Webhook, cancellationToken: cancellationToken);

    /// <summary>Creates a webhook.</summary>
    /// <param name="name">A user-friendly name.</param>
    /// <param name="targetUrl">The URL that receives a POST for each event.</param>
    /// <param name="resource">The kind of object to report on.</param>
    /// <param name="eventType">The kind of change to report.</param>
    /// <param name="filter">Narrows the events, e.g. <c>roomId=…</c>; with <c>hostEmail</c>, <c>hostUserId</c>, <c>ownerEmail</c> or <c>ownerId</c>, <paramref name="ownedBy"/> must be <c>org</c>.</param>
    /// <param name="secret">The secret Webex signs each event with; verify it with <see cref="WebhookSignature"/>.</param>
    /// <param name="ownedBy"><c>org</c> for an organisation-wide webhook (meetings, recordings, rooms, messaging, … resources).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new webhook.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="targetUrl"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<Webhook> CreateAsync(string name, string targetUrl, WebhookResource resource, WebhookEventType eventType,
        string? filter = null, string? secret = null, string? ownedBy = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(targetUrl);
        var body = JsonBody.Of(("name", name), ("targetUrl", targetUrl), ("resource", resource.Value), ("event", eventType.Value),
            ("filter", filter), ("secret", secret), ("ownedBy", ownedBy));
        return Session.PostAsync(Url(), null, body, WebexJson.Default.JsonObject, WebexJson.Default.Webhook, cancellationToken);
    }

    /// <summary>Reads one webhook.</summary>
    /// <param name="webhookId">The webhook's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException"><paramref name="webhookId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status (404: no such webhook).</exception>
    public virtual Task<Webhook> DetailsAsync(string webhookId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(webhookId);
        return Session.GetAsync(Url(webhookId), null, WebexJson.Default.Webhook, cancellationToken);
    }

    /// <summary>
    /// Updates a webhook from a record <see cref="DetailsAsync"/> returned: its name, target URL, secret, ownedBy and
    /// status (use <see cref="WebhookStatus.Active"/> to reactivate a disabled webhook; one cannot be deactivated this way).
    /// Sent as a JSON body; the other, read-only fields are not sent.
    /// </summary>
    /// <param name="webhookId">The webhook's id.</param>
    /// <param name="update">The new settings; Webex requires <see cref="Webhook.Name"/> and <see cref="Webhook.TargetUrl"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The webhook as Webex stored it.</returns>
    /// <exception cref="ArgumentException"><paramref name="webhookId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<Webhook> UpdateAsync(string webhookId, Webhook update, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(webhookId);
        ArgumentNullException.ThrowIfNull(update);
        // wxc_sdk sends form data in snake_case under a JSON content type; Webex expects this JSON body
        return Session.PutAsync(Url(webhookId), null, update.ForUpdate(), WebexJson.Default.Webhook, WebexJson.Default.Webhook,
            cancellationToken);
    }

    /// <summary>Deletes a webhook.</summary>
    /// <param name="webhookId">The webhook's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException"><paramref name="webhookId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task DeleteAsync(string webhookId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(webhookId);
        return Session.DeleteAsync(Url(webhookId), null, cancellationToken);
    }
}
