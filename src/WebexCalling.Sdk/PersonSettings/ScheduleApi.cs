using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Schedules of a person: business hours and holidays, made of events, that other settings (selective accept,
/// forward, reject, simultaneous ring, …) refer to by name. For locations the same calls go to
/// <c>telephony/config/locations/{id}/schedules</c>.
/// </summary>
public class ScheduleApi : SettingsApiChild
{
    private const string Feature = "schedules";

    internal ScheduleApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected ScheduleApi() { }

    private string ScheduleUrl(string entityId, string scheduleType, string scheduleId, params string[] segments)
    {
        ArgumentException.ThrowIfNullOrEmpty(scheduleType);
        ArgumentException.ThrowIfNullOrEmpty(scheduleId);
        return FeatureUrl(entityId, Feature, [scheduleType, scheduleId, .. segments]);
    }

    /// <summary>Lists the schedules of a person (with the location's and organisation's), fetching pages as you enumerate.</summary>
    /// <param name="entityId">The person (or location).</param>
    /// <param name="scheduleType">Only schedules of this type.</param>
    /// <param name="name">Only schedules with this name.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The schedules, without their events.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual IAsyncEnumerable<PersonSchedule> ListAsync(string entityId, ScheduleType? scheduleType = null, string? name = null,
        string? orgId = null, CancellationToken cancellationToken = default)
    {
        var query = new Query { ["type"] = scheduleType?.Value, ["name"] = name, ["orgId"] = orgId };
        return Session.PaginateAsync(FeatureUrl(entityId, Feature), query, WebexJson.Default.PersonSchedule, "schedules",
            cancellationToken);
    }

    /// <summary>Reads a schedule with its events.</summary>
    /// <param name="entityId">The person (or location).</param>
    /// <param name="scheduleType">The schedule's type: <see cref="ScheduleType.BusinessHours"/> or <see cref="ScheduleType.Holidays"/> (or its wire value).</param>
    /// <param name="scheduleId">The schedule.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The schedule.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_read</c>.</remarks>
    /// <exception cref="ArgumentException">An id or the type is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<PersonSchedule> DetailsAsync(string entityId, string scheduleType, string scheduleId, string? orgId = null,
        CancellationToken cancellationToken = default) =>
        Session.GetAsync(ScheduleUrl(entityId, scheduleType, scheduleId), OrgQuery(orgId), WebexJson.Default.PersonSchedule,
            cancellationToken);

    /// <summary>Creates a schedule with its events.</summary>
    /// <param name="entityId">The person (or location).</param>
    /// <param name="schedule">The schedule; ids and location fields are not sent.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new schedule's id.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<string> CreateAsync(string entityId, PersonSchedule schedule, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var answer = await Session.PostAsync(FeatureUrl(entityId, Feature), OrgQuery(orgId), ForCreateOrUpdate(schedule, false),
            WebexJson.Default.PersonSchedule, WebexJson.Default.JsonElement, cancellationToken).ConfigureAwait(false);
        return ResponseFields.CreatedId(answer);
    }

    /// <summary>Changes a schedule and its events.</summary>
    /// <param name="entityId">The person (or location).</param>
    /// <param name="scheduleType">The schedule's type (or its wire value).</param>
    /// <param name="scheduleId">The schedule.</param>
    /// <param name="schedule">
    /// The new schedule: set <see cref="PersonSchedule.NewName"/> to rename it; each event is sent with its
    /// <see cref="ScheduleEvent.NewName"/> (its name when not set), without ids and location fields.
    /// </param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The schedule's id, which changes when the schedule is renamed.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException">An id or the type is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<string> UpdateAsync(string entityId, string scheduleType, string scheduleId, PersonSchedule schedule,
        string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var answer = await Session.PutAsync(ScheduleUrl(entityId, scheduleType, scheduleId), OrgQuery(orgId),
            ForCreateOrUpdate(schedule, true), WebexJson.Default.PersonSchedule, WebexJson.Default.JsonElement,
            cancellationToken).ConfigureAwait(false);
        return ResponseFields.CreatedId(answer);
    }

    /// <summary>Deletes a schedule.</summary>
    /// <param name="entityId">The person (or location).</param>
    /// <param name="scheduleType">The schedule's type (or its wire value).</param>
    /// <param name="scheduleId">The schedule.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException">An id or the type is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task DeleteAsync(string entityId, string scheduleType, string scheduleId, string? orgId = null,
        CancellationToken cancellationToken = default) =>
        Session.DeleteAsync(ScheduleUrl(entityId, scheduleType, scheduleId), OrgQuery(orgId), cancellationToken);

    /// <summary>Reads an event of a schedule.</summary>
    /// <param name="entityId">The person (or location).</param>
    /// <param name="scheduleType">The schedule's type (or its wire value).</param>
    /// <param name="scheduleId">The schedule.</param>
    /// <param name="eventId">The event.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The event.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_read</c>.</remarks>
    /// <exception cref="ArgumentException">An id or the type is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<ScheduleEvent> EventDetailsAsync(string entityId, string scheduleType, string scheduleId, string eventId,
        string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(ScheduleUrl(entityId, scheduleType, scheduleId, "events", eventId), OrgQuery(orgId),
            WebexJson.Default.ScheduleEvent, cancellationToken);

    /// <summary>Adds an event to a schedule.</summary>
    /// <param name="entityId">The person (or location).</param>
    /// <param name="scheduleType">The schedule's type (or its wire value).</param>
    /// <param name="scheduleId">The schedule.</param>
    /// <param name="scheduleEvent">The event; its id is not sent.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new event's id.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException">An id or the type is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="scheduleEvent"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<string> EventCreateAsync(string entityId, string scheduleType, string scheduleId,
        ScheduleEvent scheduleEvent, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scheduleEvent);
        var answer = await Session.PostAsync(ScheduleUrl(entityId, scheduleType, scheduleId, "events"), OrgQuery(orgId),
            scheduleEvent with { EventId = null }, WebexJson.Default.ScheduleEvent, WebexJson.Default.JsonElement,
            cancellationToken).ConfigureAwait(false);
        return ResponseFields.CreatedId(answer);
    }

    /// <summary>Changes an event of a schedule.</summary>
    /// <param name="entityId">The person (or location).</param>
    /// <param name="scheduleType">The schedule's type (or its wire value).</param>
    /// <param name="scheduleId">The schedule.</param>
    /// <param name="eventId">The event (wxc_sdk defaults it to the event's id).</param>
    /// <param name="scheduleEvent">The new event; sent without its id, with <c>newName</c> set to its name when not set.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The event's id, which changes when the event is renamed.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException">An id or the type is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="scheduleEvent"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<string> EventUpdateAsync(string entityId, string scheduleType, string scheduleId, string eventId,
        ScheduleEvent scheduleEvent, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scheduleEvent);
        var answer = await Session.PutAsync(ScheduleUrl(entityId, scheduleType, scheduleId, "events", eventId), OrgQuery(orgId),
            EventForUpdate(scheduleEvent), WebexJson.Default.ScheduleEvent, WebexJson.Default.JsonElement,
            cancellationToken).ConfigureAwait(false);
        return ResponseFields.CreatedId(answer);
    }

    /// <summary>Deletes an event of a schedule.</summary>
    /// <param name="entityId">The person (or location).</param>
    /// <param name="scheduleType">The schedule's type (or its wire value).</param>
    /// <param name="scheduleId">The schedule.</param>
    /// <param name="eventId">The event.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException">An id or the type is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task EventDeleteAsync(string entityId, string scheduleType, string scheduleId, string eventId,
        string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.DeleteAsync(ScheduleUrl(entityId, scheduleType, scheduleId, "events", eventId), OrgQuery(orgId), cancellationToken);

    // what wxc_sdk's create_update sends: no ids, no location fields; on update each event carries newName
    private static PersonSchedule ForCreateOrUpdate(PersonSchedule schedule, bool update) => schedule with
    {
        ScheduleId = null,
        LocationName = null,
        LocationId = null,
        Events = schedule.Events?.Select(e => update ? EventForUpdate(e) : e with { EventId = null }).ToList(),
    };

    private static ScheduleEvent EventForUpdate(ScheduleEvent scheduleEvent) =>
        scheduleEvent with { EventId = null, NewName = scheduleEvent.NewName ?? scheduleEvent.Name };
}
