using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>
/// The routing policies of a call queue: holiday service, night service, stranded calls and forced forward.
/// </summary>
/// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>, <c>spark-admin:telephony_config_write</c>.</remarks>
public class CQPolicyApi : ApiChild
{
    internal CQPolicyApi(RestSession session) : base(session, "telephony/config/locations") { }

    /// <summary>For mocking.</summary>
    protected CQPolicyApi() { }

    /// <summary>Reads the holiday service: how calls are treated during holidays.</summary>
    /// <param name="locationId">The queue's location.</param>
    /// <param name="queueId">The queue.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<HolidayService> HolidayServiceDetailsAsync(string locationId, string queueId, string? orgId = null,
        CancellationToken cancellationToken = default) =>
        Session.GetAsync(PolicyUrl(locationId, queueId, "holidayService"), OrgQuery(orgId), WebexJson.Default.HolidayService, cancellationToken);

    /// <summary>Updates the holiday service: how calls are treated during holidays. The fields set are sent, without read-only ones.</summary>
    /// <param name="locationId">The queue's location.</param>
    /// <param name="queueId">The queue.</param>
    /// <param name="update">The new settings, e.g. those read and changed with <c>with</c>.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task HolidayServiceUpdateAsync(string locationId, string queueId, HolidayService update, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        return Session.PutAsync(PolicyUrl(locationId, queueId, "holidayService"), OrgQuery(orgId), update.ForUpdate(),
            WebexJson.Default.HolidayService, cancellationToken);
    }

    /// <summary>Reads the night service: how calls are treated outside business hours.</summary>
    /// <param name="locationId">The queue's location.</param>
    /// <param name="queueId">The queue.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<NightService> NightServiceDetailAsync(string locationId, string queueId, string? orgId = null,
        CancellationToken cancellationToken = default) =>
        Session.GetAsync(PolicyUrl(locationId, queueId, "nightService"), OrgQuery(orgId), WebexJson.Default.NightService, cancellationToken);

    /// <summary>Updates the night service: how calls are treated outside business hours. The fields set are sent, without read-only ones.</summary>
    /// <param name="locationId">The queue's location.</param>
    /// <param name="queueId">The queue.</param>
    /// <param name="update">The new settings, e.g. those read and changed with <c>with</c>.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task NightServiceUpdateAsync(string locationId, string queueId, NightService update, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        return Session.PutAsync(PolicyUrl(locationId, queueId, "nightService"), OrgQuery(orgId), update.ForUpdate(),
            WebexJson.Default.NightService, cancellationToken);
    }

    /// <summary>Reads the stranded calls policy: what happens to calls when no agent is available.</summary>
    /// <param name="locationId">The queue's location.</param>
    /// <param name="queueId">The queue.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<StrandedCalls> StrandedCallsDetailsAsync(string locationId, string queueId, string? orgId = null,
        CancellationToken cancellationToken = default) =>
        Session.GetAsync(PolicyUrl(locationId, queueId, "strandedCalls"), OrgQuery(orgId), WebexJson.Default.StrandedCalls, cancellationToken);

    /// <summary>Updates the stranded calls policy: what happens to calls when no agent is available. The fields set are sent, without read-only ones.</summary>
    /// <param name="locationId">The queue's location.</param>
    /// <param name="queueId">The queue.</param>
    /// <param name="update">The new settings, e.g. those read and changed with <c>with</c>.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task StrandedCallsUpdateAsync(string locationId, string queueId, StrandedCalls update, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        return Session.PutAsync(PolicyUrl(locationId, queueId, "strandedCalls"), OrgQuery(orgId), update.ForUpdate(),
            WebexJson.Default.StrandedCalls, cancellationToken);
    }

    /// <summary>Reads forced forward: new calls go temporarily to another destination.</summary>
    /// <param name="locationId">The queue's location.</param>
    /// <param name="queueId">The queue.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<ForcedForward> ForcedForwardDetailsAsync(string locationId, string queueId, string? orgId = null,
        CancellationToken cancellationToken = default) =>
        Session.GetAsync(PolicyUrl(locationId, queueId, "forcedForward"), OrgQuery(orgId), WebexJson.Default.ForcedForward, cancellationToken);

    /// <summary>Updates forced forward: new calls go temporarily to another destination. The fields set are sent, without read-only ones.</summary>
    /// <param name="locationId">The queue's location.</param>
    /// <param name="queueId">The queue.</param>
    /// <param name="update">The new settings, e.g. those read and changed with <c>with</c>.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ForcedForwardUpdateAsync(string locationId, string queueId, ForcedForward update, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        return Session.PutAsync(PolicyUrl(locationId, queueId, "forcedForward"), OrgQuery(orgId), update.ForUpdate(),
            WebexJson.Default.ForcedForward, cancellationToken);
    }

    private string PolicyUrl(string locationId, string queueId, string policy)
    {
        ArgumentException.ThrowIfNullOrEmpty(locationId);
        ArgumentException.ThrowIfNullOrEmpty(queueId);
        return Url(locationId, "queues", queueId, policy);
    }

    private static Query OrgQuery(string? orgId) => new() { ["orgId"] = orgId };
}
