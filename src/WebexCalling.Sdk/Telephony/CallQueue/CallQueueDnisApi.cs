using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>
/// DNIS (Dialed Number Identification Service) entries of a call queue: numbers of the queue that agents can tell
/// apart, each with its own name, ring pattern and announcements (up to 100 per queue).
/// </summary>
/// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>, <c>spark-admin:telephony_config_write</c>.</remarks>
public class CallQueueDnisApi : ApiChild
{
    internal CallQueueDnisApi(RestSession session) : base(session, "telephony/config/locations") { }

    /// <summary>For mocking.</summary>
    protected CallQueueDnisApi() { }

    /// <summary>Lists the numbers of a location that can be assigned to a DNIS entry.</summary>
    /// <param name="locationId">The location.</param>
    /// <param name="phoneNumber">Only this number.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <exception cref="ArgumentException"><paramref name="locationId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual IAsyncEnumerable<AvailableNumber> AvailablePhoneNumbersAsync(string locationId, string? phoneNumber = null,
        string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(locationId);
        var query = new Query { ["orgId"] = orgId, ["phoneNumber"] = phoneNumber };
        return Session.PaginateAsync(Url(locationId, "queues", "dnis", "availableNumbers"), query,
            WebexJson.Default.AvailableNumber, "phoneNumbers", cancellationToken);
    }

    /// <summary>Deletes several DNIS entries of a call queue at once (up to 99).</summary>
    /// <param name="locationId">The queue's location.</param>
    /// <param name="queueId">The queue.</param>
    /// <param name="items">The ids of the DNIS entries.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task BulkDeleteAsync(string locationId, string queueId, IEnumerable<string> items,
        string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(locationId);
        ArgumentException.ThrowIfNullOrEmpty(queueId);
        ArgumentNullException.ThrowIfNull(items);
        // a DELETE with a JSON body, which RestSession.DeleteAsync does not send
        var content = RequestContent.Json(new DnisBulkDeleteRequest { Items = items.ToList() }, WebexJson.Default.DnisBulkDeleteRequest);
        var url = Session.BuildUrl(DnisUrl(locationId, queueId), OrgQuery(orgId));
        using var response = await Session.SendAsync(HttpMethod.Delete, url, content, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Lists the DNIS entries of a call queue.</summary>
    /// <param name="locationId">The queue's location.</param>
    /// <param name="queueId">The queue.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<IReadOnlyList<Dnis>> ListAsync(string locationId, string queueId, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(locationId);
        ArgumentException.ThrowIfNullOrEmpty(queueId);
        var answer = await Session.GetAsync(DnisUrl(locationId, queueId), OrgQuery(orgId), WebexJson.Default.DnisListResponse,
            cancellationToken).ConfigureAwait(false);
        return answer.DnisList ?? [];
    }

    /// <summary>Creates a DNIS entry for a call queue and returns its id.</summary>
    /// <param name="locationId">The queue's location.</param>
    /// <param name="queueId">The queue.</param>
    /// <param name="name">The entry's name.</param>
    /// <param name="ringPattern">The ring pattern for calls to this number.</param>
    /// <param name="phoneNumber">The phone number; this or <paramref name="extension"/> is required.</param>
    /// <param name="extension">The extension; this or <paramref name="phoneNumber"/> is required.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new entry's id.</returns>
    /// <exception cref="ArgumentException">An id or the name is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<string> CreateAsync(string locationId, string queueId, string name, RingPattern ringPattern,
        string? phoneNumber = null, string? extension = null, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(locationId);
        ArgumentException.ThrowIfNullOrEmpty(queueId);
        ArgumentException.ThrowIfNullOrEmpty(name);
        var body = new Dnis { Name = name, PhoneNumber = phoneNumber, Extension = extension, RingPattern = ringPattern };
        var created = await Session.PostAsync(DnisUrl(locationId, queueId), OrgQuery(orgId), body, WebexJson.Default.Dnis,
            WebexJson.Default.IdAndName, cancellationToken).ConfigureAwait(false);
        return created.Id ?? "";
    }

    /// <summary>Reads the DNIS settings of a call queue.</summary>
    /// <param name="locationId">The queue's location.</param>
    /// <param name="queueId">The queue.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<DnisSettings> GetSettingsAsync(string locationId, string queueId, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(locationId);
        ArgumentException.ThrowIfNullOrEmpty(queueId);
        return Session.GetAsync(DnisUrl(locationId, queueId, "settings"), OrgQuery(orgId), WebexJson.Default.DnisSettings,
            cancellationToken);
    }

    /// <summary>Changes the DNIS settings of a call queue; only the fields set are sent.</summary>
    /// <param name="locationId">The queue's location.</param>
    /// <param name="queueId">The queue.</param>
    /// <param name="settings">The settings.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ModifySettingsAsync(string locationId, string queueId, DnisSettings settings, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(locationId);
        ArgumentException.ThrowIfNullOrEmpty(queueId);
        ArgumentNullException.ThrowIfNull(settings);
        return Session.PutAsync(DnisUrl(locationId, queueId, "settings"), OrgQuery(orgId), settings,
            WebexJson.Default.DnisSettings, cancellationToken);
    }

    /// <summary>Deletes a DNIS entry.</summary>
    /// <param name="locationId">The queue's location.</param>
    /// <param name="queueId">The queue.</param>
    /// <param name="dnisId">The entry.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task DeleteAsync(string locationId, string queueId, string dnisId, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(locationId);
        ArgumentException.ThrowIfNullOrEmpty(queueId);
        ArgumentException.ThrowIfNullOrEmpty(dnisId);
        return Session.DeleteAsync(DnisUrl(locationId, queueId, dnisId), OrgQuery(orgId), cancellationToken);
    }

    /// <summary>Reads a DNIS entry.</summary>
    /// <param name="locationId">The queue's location.</param>
    /// <param name="queueId">The queue.</param>
    /// <param name="dnisId">The entry.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<Dnis> DetailsAsync(string locationId, string queueId, string dnisId, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(locationId);
        ArgumentException.ThrowIfNullOrEmpty(queueId);
        ArgumentException.ThrowIfNullOrEmpty(dnisId);
        return Session.GetAsync(DnisUrl(locationId, queueId, dnisId), OrgQuery(orgId), WebexJson.Default.Dnis,
            cancellationToken);
    }

    /// <summary>Changes a DNIS entry; the fields set are sent, except the read-only routing prefix and ESN.</summary>
    /// <param name="locationId">The queue's location.</param>
    /// <param name="queueId">The queue.</param>
    /// <param name="dnisId">The entry.</param>
    /// <param name="settings">The entry's new values.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ModifyAsync(string locationId, string queueId, string dnisId, Dnis settings, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(locationId);
        ArgumentException.ThrowIfNullOrEmpty(queueId);
        ArgumentException.ThrowIfNullOrEmpty(dnisId);
        ArgumentNullException.ThrowIfNull(settings);
        var body = settings with { RoutingPrefix = null, Esn = null };
        return Session.PutAsync(DnisUrl(locationId, queueId, dnisId), OrgQuery(orgId), body, WebexJson.Default.Dnis,
            cancellationToken);
    }

    /// <summary>Reads the announcements of a DNIS entry.</summary>
    /// <param name="locationId">The queue's location.</param>
    /// <param name="queueId">The queue.</param>
    /// <param name="dnisId">The entry.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<DnisAnnouncements> GetAnnouncementsAsync(string locationId, string queueId, string dnisId,
        string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(locationId);
        ArgumentException.ThrowIfNullOrEmpty(queueId);
        ArgumentException.ThrowIfNullOrEmpty(dnisId);
        return Session.GetAsync(DnisUrl(locationId, queueId, dnisId, "announcements"), OrgQuery(orgId),
            WebexJson.Default.DnisAnnouncements, cancellationToken);
    }

    /// <summary>
    /// Changes the announcements of a DNIS entry. The fields set are sent, except playlist names, file sizes and
    /// text-to-speech flags (and the playlist id of all but music on hold), which Webex does not accept.
    /// </summary>
    /// <param name="locationId">The queue's location.</param>
    /// <param name="queueId">The queue.</param>
    /// <param name="dnisId">The entry.</param>
    /// <param name="settings">The announcements.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ModifyAnnouncementsAsync(string locationId, string queueId, string dnisId,
        DnisAnnouncements settings, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(locationId);
        ArgumentException.ThrowIfNullOrEmpty(queueId);
        ArgumentException.ThrowIfNullOrEmpty(dnisId);
        ArgumentNullException.ThrowIfNull(settings);
        return Session.PutAsync(DnisUrl(locationId, queueId, dnisId, "announcements"), OrgQuery(orgId),
            settings.ForUpdate(), WebexJson.Default.DnisAnnouncements, cancellationToken);
    }

    private string DnisUrl(string locationId, string queueId, params string[] segments) =>
        Url([locationId, "queues", queueId, "dnis", .. segments]);

    private static Query OrgQuery(string? orgId) => new() { ["orgId"] = orgId };
}
