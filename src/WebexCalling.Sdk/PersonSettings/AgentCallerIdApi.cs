using System.Text.Json.Nodes;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Agent caller ID: which call queue's or hunt group's caller ID an agent presents on outgoing calls, or the agent's
/// own. Shared by people, workspaces and virtual lines.
/// </summary>
public class AgentCallerIdApi : SettingsApiChild
{
    private const string Feature = "agent";

    internal AgentCallerIdApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected AgentCallerIdApi() { }

    /// <summary>Lists the call queues and hunt groups whose caller ID the agent may use.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The available caller IDs.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<IReadOnlyList<AgentCallerId>> AvailableCallerIdsAsync(string entityId, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        // telephony/config/{owner}/{id}/agent/…: wxc_sdk's URL table maps the agent feature there
        var answer = await Session.GetAsync(ConfigUrl(entityId, Feature, "availableCallerIds"), OrgQuery(orgId),
            WebexJson.Default.JsonElement, cancellationToken).ConfigureAwait(false);
        return ResponseFields.List(answer, "availableCallerIds", WebexJson.Default.IReadOnlyListAgentCallerId);
    }

    /// <summary>Reads the caller ID the agent uses: a call queue or hunt group, or null for the agent's own.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The selected queue or hunt group, or null when the agent uses its own caller ID.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<AgentCallerId?> ReadAsync(string entityId, string? orgId = null, CancellationToken cancellationToken = default)
    {
        var answer = await Session.GetAsync(ConfigUrl(entityId, Feature, "callerId"), OrgQuery(orgId),
            WebexJson.Default.JsonElement, cancellationToken).ConfigureAwait(false);
        return ResponseFields.Object(answer, "selectedCallerId", WebexJson.Default.AgentCallerId);
    }

    /// <summary>Selects the call queue or hunt group whose caller ID the agent uses, or the agent's own.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="selectedCallerId">The call queue or hunt group id; null for the agent's own caller ID (sent as an explicit null).</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ConfigureAsync(string entityId, string? selectedCallerId, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        string url = ConfigUrl(entityId, Feature, "callerId");
        var body = new JsonObject { ["selectedCallerId"] = selectedCallerId };
        return Session.PutAsync(url, OrgQuery(orgId), body, WebexJson.Default.JsonObject, cancellationToken);
    }
}
