using System.Text.Json;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Monitoring: the people, workspaces, virtual lines and call park extensions whose line status an entity sees.
/// Shared by people and workspaces.
/// </summary>
public class MonitoringApi : SettingsApiChild
{
    private const string Feature = "monitoring";

    internal MonitoringApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected MonitoringApi() { }

    /// <summary>Reads an entity's monitoring settings.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The settings.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<Monitoring> ReadAsync(string entityId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(FeatureUrl(entityId, Feature), OrgQuery(orgId), WebexJson.Default.Monitoring, cancellationToken);

    /// <summary>Updates an entity's monitoring settings (at most 50 monitored elements), sending each element as its id.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="settings">The settings, typically from <see cref="ReadAsync"/> with changes.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public virtual Task ConfigureAsync(string entityId, Monitoring settings, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(entityId);
        ArgumentNullException.ThrowIfNull(settings);
        // The official reference (2025-04) takes enableCallParkNotification as a boolean and monitoredElements as ids;
        // wxc_sdk sends the flag as a string and each element as an object with type and lineKeyLabel.
        var element = JsonSerializer.SerializeToElement(settings with { AvailableEntriesCount = null }, WebexJson.Default.Monitoring);
        var body = SettingsBody.Rewrite(element, new Dictionary<string, Action<Utf8JsonWriter>>
        {
            ["callParkNotificationEnabled"] = w => w.WriteBoolean("enableCallParkNotification", settings.CallParkNotificationEnabled ?? false),
            ["monitoredElements"] = SettingsBody.Ids("monitoredElements",
                (settings.MonitoredElements ?? []).Select(e => e.Member?.MemberId ?? e.Cpe?.Id ?? e.SpeedDial?.Id)),
        });
        return Session.PutAsync(FeatureUrl(entityId, Feature), OrgQuery(orgId), body, WebexJson.Default.JsonElement, cancellationToken);
    }

    /// <summary>Lists the members that can be added to the entity's monitoring list, fetching pages as you enumerate.</summary>
    /// <param name="entityId">The person or workspace.</param>
    /// <param name="locationId">Only members of this location.</param>
    /// <param name="memberName">Only members whose name matches.</param>
    /// <param name="phoneNumber">Only members whose number or extension matches.</param>
    /// <param name="order">Sort keys such as <c>lastName-asc</c> or <c>firstName-desc</c>; sent comma-separated.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual IAsyncEnumerable<MonitoringMember> GetAvailableMembersForMonitoringAsync(string entityId, string? locationId = null,
        string? memberName = null, string? phoneNumber = null, IEnumerable<string>? order = null, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        string url = ConfigUrl(entityId, Feature, "availableMembers");
        var query = new Query
        {
            ["locationId"] = locationId,
            ["memberName"] = memberName,
            ["phoneNumber"] = phoneNumber,
            ["order"] = order is null ? null : string.Join(',', order),
            ["orgId"] = orgId,
        };
        return Session.PaginateAsync(url, query, WebexJson.Default.MonitoringMember, "members", cancellationToken);
    }

    /// <summary>Lists the members that can be added to the entity's monitored speed dials, fetching pages as you enumerate.</summary>
    /// <param name="entityId">The person or workspace.</param>
    /// <param name="locationId">Only members of this location.</param>
    /// <param name="memberName">Only members whose name matches.</param>
    /// <param name="phoneNumber">Only members whose number or extension matches.</param>
    /// <param name="order">Sort keys such as <c>lastName-asc</c> or <c>firstName-desc</c>; sent comma-separated.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual IAsyncEnumerable<MonitoringMember> GetAvailableSpeedDialsForMonitoringAsync(string entityId, string? locationId = null,
        string? memberName = null, string? phoneNumber = null, IEnumerable<string>? order = null, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        string url = ConfigUrl(entityId, Feature, "speedDials", "availableMembers");
        var query = new Query
        {
            ["locationId"] = locationId,
            ["memberName"] = memberName,
            ["phoneNumber"] = phoneNumber,
            ["order"] = order is null ? null : string.Join(',', order),
            ["orgId"] = orgId,
        };
        return Session.PaginateAsync(url, query, WebexJson.Default.MonitoringMember, "members", cancellationToken);
    }
}
