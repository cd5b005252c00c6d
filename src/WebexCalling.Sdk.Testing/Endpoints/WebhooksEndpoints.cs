using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// /webhooks, shaped as the official messaging reference. A person sees the webhooks they created plus the
/// organisation-wide ones (ownedBy org); <c>ownedBy=org</c> lists only the latter. Events are published by the areas
/// that change records (<see cref="WebhookEvents.Publish"/>) and delivered by <see cref="WebhookDispatcher"/>.
/// </summary>
internal static class WebhooksEndpoints
{
    private static readonly string[] Resources =
    [
        "attachmentActions", "dataSources", "memberships", "messages", "rooms", "meetings", "recordings", "convergedRecordings",
        "meetingParticipants", "meetingTranscripts", "telephony_calls", "telephony_conference", "telephony_mwi", "uc_counters",
        "serviceApp", "adminBatchJobs",
    ];

    // "all" is not in the reference's enum, but Webex accepts it and wxc_sdk sends it
    private static readonly string[] Events =
    [
        "created", "updated", "deleted", "started", "ended", "joined", "left", "migrated", "authorized", "deauthorized",
        "statusChanged", "all",
    ];

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapGet("/webhooks", (HttpContext context) => List(context, state));
        app.MapPost("/webhooks", (Func<HttpContext, Task<IResult>>)(context => CreateAsync(context, state)));
        app.MapGet("/webhooks/{webhookId}", (HttpContext context, string webhookId) => Details(context, state, webhookId));
        app.MapPut("/webhooks/{webhookId}", (HttpContext context, string webhookId) => UpdateAsync(context, state, webhookId));
        app.MapDelete("/webhooks/{webhookId}", (HttpContext context, string webhookId) => Delete(context, state, webhookId));
    }

    private static bool Visible(WebhookRecord webhook, Guid caller) => webhook.CreatedBy == caller || webhook.OwnedBy == "org";

    private static WebhookRecord? Resolve(HttpContext context, SimulatorState state, string webhookId, out IResult? error)
    {
        error = null;
        if (!WebexIds.TryDecode(webhookId, WebexIds.Webhook, out var uuid))
        {
            error = SimResults.BadRequest(context, $"Invalid webhook id: '{webhookId}'.");
            return null;
        }
        if (state.Area<WebhookStore>().Webhooks.TryGetValue(uuid, out var webhook) && Visible(webhook, SimulatorMiddleware.CallerOf(context)))
            return webhook;
        error = SimResults.NotFound(context, "Webhook not found.");
        return null;
    }

    private static IResult List(HttpContext context, SimulatorState state)
    {
        string? ownedBy = context.Request.Query["ownedBy"];
        if (ownedBy is not (null or "org")) return SimResults.BadRequest(context, $"Invalid value for parameter 'ownedBy': '{ownedBy}'; only org is allowed.");
        var caller = SimulatorMiddleware.CallerOf(context);
        lock (state.Sync)
        {
            var found = state.Area<WebhookStore>().Webhooks.Values
                .Where(w => ownedBy is null ? Visible(w, caller) : w.OwnedBy == "org").ToList();
            return Paging.Page(context, state, found, w => w.ToJson(state.OrgId));
        }
    }

    private static IResult Details(HttpContext context, SimulatorState state, string webhookId)
    {
        lock (state.Sync)
        {
            var webhook = Resolve(context, state, webhookId, out var error);
            return webhook is null ? error! : SimResults.Json(webhook.ToJson(state.OrgId));
        }
    }

    /// <summary>Checks the target URL: an absolute http or https URL.</summary>
    private static string? TargetError(string? targetUrl) =>
        string.IsNullOrWhiteSpace(targetUrl) ? "Missing required field(s): targetUrl."
        : Uri.TryCreate(targetUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? null
        : $"Invalid targetUrl: '{targetUrl}'; an absolute http or https URL is required.";

    private static async Task<IResult> CreateAsync(HttpContext context, SimulatorState state)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null) return bodyError!;
        string? name = JsonBody.String(body, "name");
        string? targetUrl = JsonBody.String(body, "targetUrl");
        string? resource = JsonBody.String(body, "resource");
        string? @event = JsonBody.String(body, "event");
        string? ownedBy = JsonBody.String(body, "ownedBy");
        var missing = new[] { ("name", name), ("targetUrl", targetUrl), ("resource", resource), ("event", @event) }
            .Where(f => string.IsNullOrWhiteSpace(f.Item2)).Select(f => f.Item1).ToList();
        if (missing.Count > 0) return SimResults.BadRequest(context, $"Missing required field(s): {string.Join(", ", missing)}.");
        if (TargetError(targetUrl) is { } targetError) return SimResults.BadRequest(context, targetError);
        if (!Resources.Contains(resource)) return SimResults.BadRequest(context, $"Invalid resource: '{resource}'.");
        if (!Events.Contains(@event)) return SimResults.BadRequest(context, $"Invalid event: '{@event}'.");
        if (ownedBy is not (null or "org" or "creator")) return SimResults.BadRequest(context, $"Invalid ownedBy: '{ownedBy}'; only org is allowed.");
        var webhook = new WebhookRecord(state.NewGuid(), SimulatorMiddleware.CallerOf(context), state.Time.GetUtcNow())
        {
            Name = name!,
            TargetUrl = targetUrl!,
            Resource = resource!,
            Event = @event!,
            Filter = JsonBody.String(body, "filter"),
            Secret = JsonBody.String(body, "secret"),
            OwnedBy = ownedBy ?? "creator",
        };
        lock (state.Sync)
        {
            state.Area<WebhookStore>().Webhooks.Add(webhook.Uuid, webhook);
            return SimResults.Json(webhook.ToJson(state.OrgId));
        }
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, SimulatorState state, string webhookId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null) return bodyError!;
        string? name = JsonBody.String(body, "name");
        string? targetUrl = JsonBody.String(body, "targetUrl");
        string? status = JsonBody.String(body, "status");
        string? ownedBy = JsonBody.String(body, "ownedBy");
        lock (state.Sync)
        {
            var webhook = Resolve(context, state, webhookId, out var error);
            if (webhook is null) return error!;
            if (string.IsNullOrWhiteSpace(name)) return SimResults.BadRequest(context, "Missing required field(s): name.");
            if (TargetError(targetUrl) is { } targetError) return SimResults.BadRequest(context, targetError);
            // only reactivation: a webhook cannot be deactivated through the API
            if (status is not (null or "active")) return SimResults.BadRequest(context, $"Invalid status: '{status}'; only active is allowed.");
            if (ownedBy is not (null or "org" or "creator")) return SimResults.BadRequest(context, $"Invalid ownedBy: '{ownedBy}'; only org is allowed.");
            webhook.Name = name;
            webhook.TargetUrl = targetUrl!;
            if (body.ContainsKey("secret")) webhook.Secret = JsonBody.String(body, "secret");
            if (ownedBy is not null) webhook.OwnedBy = ownedBy;
            if (status is not null) webhook.Status = status;
            return SimResults.Json(webhook.ToJson(state.OrgId));
        }
    }

    private static IResult Delete(HttpContext context, SimulatorState state, string webhookId)
    {
        lock (state.Sync)
        {
            var webhook = Resolve(context, state, webhookId, out var error);
            if (webhook is null) return error!;
            state.Area<WebhookStore>().Webhooks.Remove(webhook.Uuid);
        }
        return SimResults.NoContent();
    }
}
