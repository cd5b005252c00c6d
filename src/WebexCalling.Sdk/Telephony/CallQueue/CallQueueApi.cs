using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>
/// Call queues: hold calls in the cloud while all agents are busy and hand them to the next free agent. Each queue
/// has a number and/or extension, agents (people, workspaces, virtual lines), and settings for overflow and
/// announcements.
/// </summary>
/// <remarks>
/// Scopes: <c>spark-admin:telephony_config_read</c> to read, <c>spark-admin:telephony_config_write</c> to change.
/// Partner administrators pass <c>orgId</c> to work in a customer organization.
/// </remarks>
public class CallQueueApi : ApiChild
{
    internal CallQueueApi(RestSession session) : base(session, "telephony/config")
    {
        Agents = new CallQueueAgentsApi(session);
        Announcement = new AnnouncementApi(session);
        Dnis = new CallQueueDnisApi(session);
        Forwarding = new ForwardingApi(session, "queues");
        Policy = new CQPolicyApi(session);
    }

    /// <summary>For mocking: every property is null unless overridden.</summary>
    protected CallQueueApi() { }

    /// <summary>Call queue agents across queues.</summary>
    public virtual CallQueueAgentsApi Agents { get; } = null!;

    /// <summary>The announcement files of a call queue.</summary>
    public virtual AnnouncementApi Announcement { get; } = null!;

    /// <summary>DNIS entries of a call queue.</summary>
    public virtual CallQueueDnisApi Dnis { get; } = null!;

    /// <summary>Call forwarding of a call queue.</summary>
    public virtual ForwardingApi Forwarding { get; } = null!;

    /// <summary>Holiday, night, stranded calls and forced forward policies of a call queue.</summary>
    public virtual CQPolicyApi Policy { get; } = null!;

    /// <summary>Lists call queues, fetching pages as you enumerate.</summary>
    /// <param name="locationId">Only queues in this location.</param>
    /// <param name="name">Only queues whose name matches.</param>
    /// <param name="phoneNumber">Only queues with this primary number or extension.</param>
    /// <param name="departmentId">Only queues of this department.</param>
    /// <param name="departmentName">Only queues of the department with this name.</param>
    /// <param name="hasCxEssentials">True: only Customer Assist queues; false: only Customer Experience Basic queues.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <remarks>The items carry only the queue's summary (id, name, location, numbers, enabled).</remarks>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual IAsyncEnumerable<CallQueue> ListAsync(string? locationId = null, string? name = null,
        string? phoneNumber = null, string? departmentId = null, string? departmentName = null, bool? hasCxEssentials = null,
        string? orgId = null, CancellationToken cancellationToken = default)
    {
        var query = new Query
        {
            ["orgId"] = orgId,
            ["locationId"] = locationId,
            ["name"] = name,
            ["phoneNumber"] = phoneNumber,
            ["departmentId"] = departmentId,
            ["departmentName"] = departmentName,
            ["hasCxEssentials"] = hasCxEssentials,
        };
        return Session.PaginateAsync(Url("queues"), query, WebexJson.Default.CallQueue, "queues", cancellationToken);
    }

    /// <summary>Creates a call queue and returns its id.</summary>
    /// <param name="locationId">The location of the new queue.</param>
    /// <param name="settings">
    /// The queue: at least a name, a phone number or extension, call policies, queue settings and agents. Only the
    /// fields you set are sent, read-only ones never.
    /// </param>
    /// <param name="hasCxEssentials">
    /// True: create a Customer Assist queue (its agents need that license). Null: taken from
    /// <see cref="CallQueue.HasCxEssentials"/> of <paramref name="settings"/>.
    /// </param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new queue's id.</returns>
    /// <exception cref="ArgumentException"><paramref name="locationId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<string> CreateAsync(string locationId, CallQueue settings, bool? hasCxEssentials = null,
        string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(locationId);
        ArgumentNullException.ThrowIfNull(settings);
        var query = new Query
        {
            ["orgId"] = orgId,
            ["hasCxEssentials"] = hasCxEssentials ?? (settings.HasCxEssentials == true ? true : null),
        };
        var created = await Session.PostAsync(QueuesUrl(locationId), query, settings.ForCreateOrUpdate(),
            WebexJson.Default.CallQueue, WebexJson.Default.IdAndName, cancellationToken).ConfigureAwait(false);
        return created.Id ?? "";
    }

    /// <summary>Deletes a call queue.</summary>
    /// <param name="locationId">The queue's location.</param>
    /// <param name="queueId">The queue.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task DeleteAsync(string locationId, string queueId, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(locationId);
        ArgumentException.ThrowIfNullOrEmpty(queueId);
        return Session.DeleteAsync(QueuesUrl(locationId, queueId), OrgQuery(orgId), cancellationToken);
    }

    /// <summary>Reads a call queue's details.</summary>
    /// <param name="locationId">The queue's location; the result's <see cref="CallQueue.LocationId"/> is set to it.</param>
    /// <param name="queueId">The queue.</param>
    /// <param name="hasCxEssentials">Must be true to read a Customer Assist queue.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<CallQueue> DetailsAsync(string locationId, string queueId, bool? hasCxEssentials = null,
        string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(locationId);
        ArgumentException.ThrowIfNullOrEmpty(queueId);
        var query = new Query { ["orgId"] = orgId, ["hasCxEssentials"] = hasCxEssentials };
        var queue = await Session.GetAsync(QueuesUrl(locationId, queueId), query, WebexJson.Default.CallQueue,
            cancellationToken).ConfigureAwait(false);
        return queue with { LocationId = locationId };
    }

    /// <summary>
    /// Updates a call queue. Only the fields set in <paramref name="update"/> are sent (read-only ones never), so
    /// <c>new CallQueue { Enabled = false }</c> changes just that; or read the queue, change it with <c>with</c>,
    /// and pass the result.
    /// </summary>
    /// <param name="locationId">The queue's location.</param>
    /// <param name="queueId">The queue.</param>
    /// <param name="update">The fields to change.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task UpdateAsync(string locationId, string queueId, CallQueue update, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(locationId);
        ArgumentException.ThrowIfNullOrEmpty(queueId);
        ArgumentNullException.ThrowIfNull(update);
        return Session.PutAsync(QueuesUrl(locationId, queueId), OrgQuery(orgId), update.ForCreateOrUpdate(),
            WebexJson.Default.CallQueue, cancellationToken);
    }

    /// <summary>Reads the organization-wide call queue settings.</summary>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<CallQueueSettings> GetCallQueueSettingsAsync(string? orgId = null,
        CancellationToken cancellationToken = default) =>
        Session.GetAsync(Url("queues", "settings"), OrgQuery(orgId), WebexJson.Default.CallQueueSettings, cancellationToken);

    /// <summary>Updates the organization-wide call queue settings; only the fields set are sent.</summary>
    /// <param name="settings">The settings to change.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task UpdateCallQueueSettingsAsync(CallQueueSettings settings, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Session.PutAsync(Url("queues", "settings"), OrgQuery(orgId), settings, WebexJson.Default.CallQueueSettings,
            cancellationToken);
    }

    /// <summary>Lists the unassigned numbers of a location that can be a call queue's primary number.</summary>
    /// <param name="locationId">The location.</param>
    /// <param name="phoneNumber">Only these numbers.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <exception cref="ArgumentException"><paramref name="locationId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual IAsyncEnumerable<AvailableNumber> PrimaryAvailablePhoneNumbersAsync(string locationId,
        IEnumerable<string>? phoneNumber = null, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(locationId);
        var query = new Query { ["orgId"] = orgId, ["phoneNumber"] = phoneNumber?.ToList() };
        return Session.PaginateAsync(QueuesUrl(locationId, "availableNumbers"), query, WebexJson.Default.AvailableNumber,
            "phoneNumbers", cancellationToken);
    }

    /// <summary>Lists the unassigned numbers of a location that can be a call queue's alternate number.</summary>
    /// <param name="locationId">The location.</param>
    /// <param name="phoneNumber">Only these numbers.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <exception cref="ArgumentException"><paramref name="locationId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual IAsyncEnumerable<AvailableNumber> AlternateAvailablePhoneNumbersAsync(string locationId,
        IEnumerable<string>? phoneNumber = null, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(locationId);
        var query = new Query { ["orgId"] = orgId, ["phoneNumber"] = phoneNumber?.ToList() };
        return Session.PaginateAsync(QueuesUrl(locationId, "alternate", "availableNumbers"), query,
            WebexJson.Default.AvailableNumber, "phoneNumbers", cancellationToken);
    }

    /// <summary>Lists the assigned numbers of a location that a call queue can forward to.</summary>
    /// <param name="locationId">The location.</param>
    /// <param name="phoneNumber">Only these numbers.</param>
    /// <param name="ownerName">Only numbers of owners with this name.</param>
    /// <param name="extension">Only numbers with this extension.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <exception cref="ArgumentException"><paramref name="locationId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual IAsyncEnumerable<AvailableNumber> CallForwardAvailablePhoneNumbersAsync(string locationId,
        IEnumerable<string>? phoneNumber = null, string? ownerName = null, string? extension = null, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(locationId);
        var query = new Query
        {
            ["orgId"] = orgId,
            ["phoneNumber"] = phoneNumber?.ToList(),
            ["ownerName"] = ownerName,
            ["extension"] = extension,
        };
        return Session.PaginateAsync(QueuesUrl(locationId, "callForwarding", "availableNumbers"), query,
            WebexJson.Default.AvailableNumber, "phoneNumbers", cancellationToken);
    }

    /// <summary>Lists the people, workspaces and virtual lines that can be made call queue agents.</summary>
    /// <param name="locationId">The queue's location (required by Webex for performance, not a filter).</param>
    /// <param name="name">Only agents whose name matches.</param>
    /// <param name="phoneNumber">Only agents with this number or extension.</param>
    /// <param name="order">Sort order: up to three of <c>userId</c>, <c>fname</c>, <c>lname</c>, <c>dn</c>, <c>extension</c>, … with <c>-asc</c> or <c>-desc</c>, comma-separated.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <exception cref="ArgumentException"><paramref name="locationId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual IAsyncEnumerable<AvailableAgent> AvailableAgentsAsync(string locationId, string? name = null,
        string? phoneNumber = null, string? order = null, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(locationId);
        var query = new Query
        {
            ["locationId"] = locationId,
            ["orgId"] = orgId,
            ["name"] = name,
            ["phoneNumber"] = phoneNumber,
            ["order"] = order,
        };
        return Session.PaginateAsync(Url("queues", "agents", "availableAgents"), query, WebexJson.Default.AvailableAgent,
            "agents", cancellationToken);
    }

    private string QueuesUrl(string locationId, params string[] segments) =>
        Url(["locations", locationId, "queues", .. segments]);

    private static Query OrgQuery(string? orgId) => new() { ["orgId"] = orgId };
}
