using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>
/// The announcement files of a call queue: messages and music callers hear while waiting. Files are uploaded in
/// Control Hub; the API lists and deletes them.
/// </summary>
public class AnnouncementApi : ApiChild
{
    internal AnnouncementApi(RestSession session) : base(session, "telephony/config/locations") { }

    /// <summary>For mocking.</summary>
    protected AnnouncementApi() { }

    /// <summary>Lists the announcement files of a call queue.</summary>
    /// <param name="locationId">The queue's location.</param>
    /// <param name="queueId">The queue.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual IAsyncEnumerable<Announcement> ListAsync(string locationId, string queueId, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(locationId);
        ArgumentException.ThrowIfNullOrEmpty(queueId);
        return Session.PaginateAsync(Url(locationId, "queues", queueId, "announcements"), new Query { ["orgId"] = orgId },
            WebexJson.Default.Announcement, "announcements", cancellationToken);
    }

    /// <summary>Deletes an announcement file of a call queue.</summary>
    /// <param name="locationId">The queue's location.</param>
    /// <param name="queueId">The queue.</param>
    /// <param name="fileName">The file's name.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException">An id or the file name is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task DeleteAnnouncementAsync(string locationId, string queueId, string fileName, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(locationId);
        ArgumentException.ThrowIfNullOrEmpty(queueId);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        // through the session, so that retries and the rate-limit pause apply (wxc_sdk's delete goes around its session)
        return Session.DeleteAsync(Url(locationId, "queues", queueId, "announcements", fileName),
            new Query { ["orgId"] = orgId }, cancellationToken);
    }
}
