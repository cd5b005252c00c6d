using System.Text.Json.Nodes;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

// The members generated from tools/api/person-settings/agent-caller-id.yml are in AgentCallerIdApi.g.cs.
public partial class AgentCallerIdApi
{
    /// <summary>Selects the call queue or hunt group whose caller ID the agent uses, or the agent's own.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="selectedCallerId">The call queue or hunt group id; null for the agent's own caller ID (sent as an explicit null).</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is empty or not an id.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ConfigureAsync(string entityId, string? selectedCallerId, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        string url = ConfigUrl(entityId, "agent", "callerId");
        // an explicit null selects the agent's own caller ID: a body built from the given fields would leave it out
        var body = new JsonObject { ["selectedCallerId"] = selectedCallerId };
        return Session.PutAsync(url, OrgQuery(orgId), body, PersonSettingsJson.Default.JsonObject, cancellationToken);
    }
}
