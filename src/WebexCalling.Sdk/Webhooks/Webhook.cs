using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Webhooks;

/// <summary>A webhook: Webex posts an event to <see cref="TargetUrl"/> whenever <see cref="Event"/> happens to a <see cref="Resource"/>.</summary>
public sealed record Webhook
{
    /// <summary>The webhook's id.</summary>
    [JsonPropertyName("id")] // wxc_sdk: webhook_id
    public string? WebhookId { get; init; }

    /// <summary>A user-friendly name.</summary>
    public string? Name { get; init; }

    /// <summary>The URL that receives a POST for each event.</summary>
    public string? TargetUrl { get; init; }

    /// <summary>The kind of object the webhook reports on; creating one needs read scope on it.</summary>
    public WebhookResource? Resource { get; init; }

    /// <summary>The kind of change the webhook reports.</summary>
    public WebhookEventType? Event { get; init; }

    /// <summary>A filter that narrows the events, e.g. <c>roomId=…</c>.</summary>
    public string? Filter { get; init; }

    /// <summary>The secret Webex signs each event with (<c>X-Spark-Signature</c>); never printed by <see cref="ToString"/>.</summary>
    public string? Secret { get; init; }

    /// <summary>Whether the webhook delivers events; set <see cref="WebhookStatus.Active"/> to reactivate a disabled one.</summary>
    public WebhookStatus? Status { get; init; }

    /// <summary>When the webhook was created.</summary>
    [JsonConverter(typeof(WebexDateTimeConverter))]
    public DateTimeOffset? Created { get; init; }

    /// <summary>The organisation the webhook belongs to.</summary>
    public string? OrgId { get; init; }

    /// <summary>Who created the webhook.</summary>
    public string? CreatedBy { get; init; }

    /// <summary>The application that created the webhook.</summary>
    public string? AppId { get; init; }

    /// <summary><c>org</c> for an organisation-wide webhook, <c>creator</c> otherwise.</summary>
    public string? OwnedBy { get; init; }

    /// <summary>The webhook id in UUID form.</summary>
    [JsonIgnore]
    public string? WebhookIdUuid => WebexId.ToUuid(WebhookId);

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>The body of an update: what the official reference accepts on PUT (name, targetUrl, secret, ownedBy, status).</summary>
    internal Webhook ForUpdate() => this with
    {
        WebhookId = null,
        Resource = null,
        Event = null,
        Filter = null,
        Created = null,
        OrgId = null,
        CreatedBy = null,
        AppId = null,
    };

    // records print every property; the secret must not reach logs
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("WebhookId = ").Append(WebhookId)
            .Append(", Name = ").Append(Name)
            .Append(", TargetUrl = ").Append(TargetUrl)
            .Append(", Resource = ").Append(Resource)
            .Append(", Event = ").Append(Event)
            .Append(", Filter = ").Append(Filter)
            .Append(", Secret = ").Append(Secret is null ? "" : "***")
            .Append(", Status = ").Append(Status)
            .Append(", Created = ").Append(Created)
            .Append(", OrgId = ").Append(OrgId)
            .Append(", CreatedBy = ").Append(CreatedBy)
            .Append(", AppId = ").Append(AppId)
            .Append(", OwnedBy = ").Append(OwnedBy);
        return true;
    }
}
