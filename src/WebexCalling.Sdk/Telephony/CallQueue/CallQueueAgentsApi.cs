using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>
/// Call queue agents across all queues of an organization: who is an agent where, and which queues each agent has
/// joined.
/// </summary>
/// <remarks>
/// Webex reports every agent's <c>type</c> (and the type inside its id) as <c>PEOPLE</c> today, also for workspaces
/// and virtual lines. Scopes: <c>spark-admin:telephony_config_read</c>, <c>spark-admin:telephony_config_write</c>.
/// </remarks>
public class CallQueueAgentsApi : ApiChild
{
    internal CallQueueAgentsApi(RestSession session) : base(session, "telephony/config/queues/agents") { }

    /// <summary>For mocking.</summary>
    protected CallQueueAgentsApi() { }

    /// <summary>Lists call queue agents, fetching pages as you enumerate.</summary>
    /// <param name="locationId">Only agents in this location.</param>
    /// <param name="queueId">Only agents of this queue.</param>
    /// <param name="name">Only agents whose name matches.</param>
    /// <param name="phoneNumber">Only agents with this number or extension.</param>
    /// <param name="joinEnabled">True: only agents who joined; false: only agents who left.</param>
    /// <param name="hasCxEssentials">True: only agents of Customer Assist queues.</param>
    /// <param name="order">Sort order, e.g. <c>fname-asc,lname-desc</c> (up to three fields).</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual IAsyncEnumerable<CallQueueAgent> ListAsync(string? locationId = null, string? queueId = null,
        string? name = null, string? phoneNumber = null, bool? joinEnabled = null, bool? hasCxEssentials = null,
        string? order = null, string? orgId = null, CancellationToken cancellationToken = default)
    {
        var query = new Query
        {
            ["orgId"] = orgId,
            ["locationId"] = locationId,
            ["queueId"] = queueId,
            ["name"] = name,
            ["phoneNumber"] = phoneNumber,
            ["joinEnabled"] = joinEnabled,
            ["hasCxEssentials"] = hasCxEssentials,
            ["order"] = order,
        };
        return Session.PaginateAsync(Url(), query, WebexJson.Default.CallQueueAgent, "agents", cancellationToken);
    }

    /// <summary>Reads an agent with the queues it belongs to.</summary>
    /// <param name="id">The agent's id.</param>
    /// <param name="hasCxEssentials">Must be true for an agent of Customer Assist queues.</param>
    /// <param name="max">How many queues to return (default 50).</param>
    /// <param name="start">The offset of the first queue returned.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<CallQueueAgentDetail> DetailsAsync(string id, bool? hasCxEssentials = null, int max = 50,
        int start = 0, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var query = new Query { ["orgId"] = orgId, ["hasCxEssentials"] = hasCxEssentials, ["max"] = max, ["start"] = start };
        return Session.GetAsync(Url(id), query, WebexJson.Default.CallQueueAgentDetail, cancellationToken);
    }

    /// <summary>Joins or unjoins an agent to or from one or more call queues.</summary>
    /// <param name="id">The agent's id.</param>
    /// <param name="settings">Per queue, whether the agent is joined.</param>
    /// <param name="hasCxEssentials">Must be true for Customer Assist queues.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task UpdateCallQueueSettingsAsync(string id, IEnumerable<AgentCallQueueSetting> settings,
        bool? hasCxEssentials = null, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(settings);
        var query = new Query { ["orgId"] = orgId, ["hasCxEssentials"] = hasCxEssentials };
        var body = new AgentCallQueueSettingsRequest { Settings = settings.ToList() };
        return Session.PutAsync(Url(id, "settings"), query, body, WebexJson.Default.AgentCallQueueSettingsRequest, cancellationToken);
    }
}
