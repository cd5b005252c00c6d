using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.Telephony.CallQueue;

// The members generated from tools/api/telephony/call-queue.yml are in CallQueueDnisApi.g.cs.
public partial class CallQueueDnisApi
{
    /// <summary>Deletes several DNIS entries of a call queue at once (up to 99).</summary>
    /// <param name="locationId">The location.</param>
    /// <param name="queueId">The call queue.</param>
    /// <param name="items">The ids of the DNIS entries.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException">An id is empty or not an id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task BulkDeleteAsync(string locationId, string queueId, IEnumerable<string> items,
        string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        string path = $"telephony/config/locations/{Id(locationId)}/queues/{Id(queueId)}/dnis";
        return Session.DeleteAsync(path, new Query { ["orgId"] = orgId }, new DnisBulkDeleteRequest { Items = items.ToList() },
            CallQueueJson.Default.DnisBulkDeleteRequest, cancellationToken);
    }
}
