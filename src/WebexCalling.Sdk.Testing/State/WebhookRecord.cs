using System.Text.Json.Nodes;
using WebexCalling.Sdk.Testing.Infrastructure;

namespace WebexCalling.Sdk.Testing.State;

/// <summary>A webhook registered with POST /v1/webhooks.</summary>
internal sealed class WebhookRecord(Guid uuid, Guid createdBy, DateTimeOffset created)
{
    /// <summary>The application every simulator webhook belongs to (Webex answers the creating integration's id).</summary>
    public static readonly Guid SimulatorApp = new("5e6b7a3c-7f1a-4c8e-9a51-0c0ffee0b0a7");

    public Guid Uuid { get; } = uuid;

    public string Id { get; } = WebexIds.Encode(WebexIds.Webhook, uuid);

    public Guid CreatedBy { get; } = createdBy;

    public DateTimeOffset Created { get; } = created;

    public string Name { get; set; } = "";

    public string TargetUrl { get; set; } = "";

    public string Resource { get; set; } = "";

    public string Event { get; set; } = "";

    public string? Filter { get; set; }

    public string? Secret { get; set; }

    public string Status { get; set; } = "active";

    /// <summary>creator (the default) or org.</summary>
    public string OwnedBy { get; set; } = "creator";

    /// <summary>The webhook as GET /v1/webhooks/{id} answers it.</summary>
    public JsonObject ToJson(string orgId)
    {
        var json = new JsonObject
        {
            ["id"] = Id,
            ["name"] = Name,
            ["targetUrl"] = TargetUrl,
            ["resource"] = Resource,
            ["event"] = Event,
        };
        JsonBody.Put(json, "filter", Filter);
        JsonBody.Put(json, "secret", Secret);
        json["status"] = Status;
        json["created"] = PersonRecord.Timestamp(Created);
        json["orgId"] = orgId;
        json["createdBy"] = WebexIds.Encode(WebexIds.People, CreatedBy);
        json["appId"] = WebexIds.Encode(WebexIds.Application, SimulatorApp);
        json["ownedBy"] = OwnedBy;
        return json;
    }
}

/// <summary>The registered webhooks, in creation order. Reached by <c>state.Area&lt;WebhookStore&gt;()</c>.</summary>
internal sealed class WebhookStore
{
    public OrderedDictionary<Guid, WebhookRecord> Webhooks { get; } = [];
}
