using System.Text;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Webhooks;

public sealed partial record Webhook
{
    /// <summary>The webhook id in UUID form.</summary>
    [JsonIgnore]
    public string? WebhookIdUuid => WebexId.ToUuid(WebhookId);
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
