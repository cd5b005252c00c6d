using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.Telephony.CallQueue;

// The members generated from tools/api/telephony/call-queue.yml are in CallQueueApi.g.cs.
public partial class CallQueueApi
{
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
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="locationId"/> is empty or not an id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<string> CreateAsync(string locationId, CallQueue settings, bool? hasCxEssentials = null,
        string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string url = $"telephony/config/locations/{Id(locationId)}/queues";
        // the query, not the body, says whether the queue is a Customer Assist one; the settings' flag is the default
        var query = new Query
        {
            ["hasCxEssentials"] = hasCxEssentials ?? (settings.HasCxEssentials == true ? true : null),
            ["orgId"] = orgId,
        };
        // the body: CreateBody, from the description (tools/api/telephony/call-queue.yml), with its bodyNote
        var body = RequestBody.Of(settings, CallQueueJson.Default.CallQueue, CreateBody);
        var answer = await Session.PostAsync(url, query, body, CallQueueJson.Default.JsonNode, CallQueueJson.Default.JsonElement,
            cancellationToken).ConfigureAwait(false);
        return ResponseFields.CreatedId(answer);
    }
}
