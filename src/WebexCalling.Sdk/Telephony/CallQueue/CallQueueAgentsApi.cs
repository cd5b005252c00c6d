using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.Telephony.CallQueue;

// The members generated from tools/api/telephony/call-queue.yml are in CallQueueAgentsApi.g.cs.
public partial class CallQueueAgentsApi
{
    /// <summary>Joins or unjoins an agent to or from one or more call queues.</summary>
    /// <param name="id">The agent's id.</param>
    /// <param name="settings">Per queue, whether the agent is joined.</param>
    /// <param name="hasCxEssentials">Must be true for Customer Assist queues.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or not an id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task UpdateCallQueueSettingsAsync(string id, IEnumerable<AgentCallQueueSetting> settings,
        bool? hasCxEssentials = null, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string url = $"telephony/config/queues/agents/{Id(id)}/settings";
        var query = new Query { ["hasCxEssentials"] = hasCxEssentials, ["orgId"] = orgId };
        // the sequence goes as {"settings": [...]}
        var body = new AgentCallQueueSettingsRequest { Settings = settings.ToList() };
        return Session.PutAsync(url, query, body, CallQueueJson.Default.AgentCallQueueSettingsRequest, cancellationToken);
    }
}
