using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

// The updates are written by hand: wxc_sdk sends every event of an update with newName, its name when it is not
// renamed (the location schema requires events[].newName, the person event schema newName); the body rules of the
// place (UpdateRules, EventUpdateRules: people or locations) then leave out what that place's schema lacks.
public partial class ScheduleApi
{
    /// <summary>Changes a schedule and its events.</summary>
    /// <param name="entityId">The person (or location).</param>
    /// <param name="scheduleType">The schedule's type (or its wire value).</param>
    /// <param name="scheduleId">The schedule.</param>
    /// <param name="schedule">
    /// The new schedule: set <see cref="PersonSchedule.NewName"/> to rename it; each event is sent with its
    /// <see cref="ScheduleEvent.NewName"/> (its name when not set), without ids, level and location fields.
    /// </param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The schedule's id, which changes when the schedule is renamed.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_write</c> (people), <c>spark-admin:telephony_config_write</c> (locations).</remarks>
    /// <exception cref="ArgumentException">An id or the type is empty or not an id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<string> UpdateAsync(string entityId, string scheduleType, string scheduleId, PersonSchedule schedule,
        string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        string url = FeaturePath(Id(entityId), $"schedules/{Id(scheduleType)}/{Id(scheduleId)}");
        var named = schedule with { Events = schedule.Events?.Select(Named).ToList() };
        var body = RequestBody.Of(named, PersonSettingsJson.Default.PersonSchedule, UpdateRules(Owner));
        var answer = await Session.PutAsync(url, OrgQuery(orgId), body, PersonSettingsJson.Default.JsonNode,
            PersonSettingsJson.Default.JsonElement, cancellationToken).ConfigureAwait(false);
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
    /// <remarks>Scopes: <c>spark-admin:people_write</c> (people), <c>spark-admin:telephony_config_write</c> (locations).</remarks>
    /// <exception cref="ArgumentException">An id or the type is empty or not an id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="scheduleEvent"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<string> EventUpdateAsync(string entityId, string scheduleType, string scheduleId, string eventId,
        ScheduleEvent scheduleEvent, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scheduleEvent);
        string url = FeaturePath(Id(entityId), $"schedules/{Id(scheduleType)}/{Id(scheduleId)}/events/{Id(eventId)}");
        var body = RequestBody.Of(Named(scheduleEvent), PersonSettingsJson.Default.ScheduleEvent, EventUpdateRules(Owner));
        var answer = await Session.PutAsync(url, OrgQuery(orgId), body, PersonSettingsJson.Default.JsonNode,
            PersonSettingsJson.Default.JsonElement, cancellationToken).ConfigureAwait(false);
        return ResponseFields.CreatedId(answer);
    }

    private static ScheduleEvent Named(ScheduleEvent scheduleEvent) =>
        scheduleEvent with { NewName = scheduleEvent.NewName ?? scheduleEvent.Name };
}
